using Psr.Core.Errors;

namespace Psr.Roles.Backends;

/// <summary>
/// Where each model role runs: the policy and the judge (in-process or an OpenAI-compatible endpoint each, possibly
/// different endpoints) and the trainer (psr's step-DPO or an external command). The search, evaluation and training
/// configuration hashes do not include this section: a run may switch backends and resume, since every backend must
/// produce the same records.
/// </summary>
public sealed record BackendsConfig
{
    /// <summary>The policy (candidate steps, greedy solutions). Default in-process.</summary>
    public RoleBackendConfig Policy { get; init; } = new();

    /// <summary>The judge (pairwise step verdicts). Default in-process.</summary>
    public RoleBackendConfig Judge { get; init; } = new();

    /// <summary>The strong judge that annotates real-data EFT pairs (Figure 5 prompt; <c>eft.enabled</c>). Default in-process (unused).</summary>
    public RoleBackendConfig Annotator { get; init; } = new();

    /// <summary>The process reward model of real-data EFT (<c>eft.scorer = PrmEndpoint</c>; vLLM <c>/pooling</c>). Default in-process (unused).</summary>
    public RoleBackendConfig Prm { get; init; } = new();

    /// <summary>
    /// The segmenter of benchmark IFT solutions (<c>data.segmentation = Model</c>, Figure 3 prompt, greedy);
    /// <see cref="RoleBackendConfig.Model"/> is sent as written (no stage model). Default in-process (= none).
    /// </summary>
    public RoleBackendConfig Segmenter { get; init; } = new();

    /// <summary>The trainer of each round. Default psr's own step-DPO.</summary>
    public ExternalTrainerConfig Trainer { get; init; } = new();

    /// <summary>A server psr starts per stage for the served roles that name no base URL. Default none (servers started by hand).</summary>
    public ModelServerConfig Server { get; init; } = new();

    /// <summary>Whether any role goes over HTTP.</summary>
    public bool AnyServed() => Policy.IsServed() || Judge.IsServed();

    /// <summary>Whether <paramref name="role"/> goes to the server psr starts (served, no base URL of its own).</summary>
    public bool UsesManagedServer(RoleBackendConfig role) =>
        Server.IsEnabled() && role is not null && role.IsServed() && role.BaseUrl is null;

    /// <summary>Whether any role goes to the server psr starts.</summary>
    public bool AnyManaged() => UsesManagedServer(Policy) || UsesManagedServer(Judge);

    /// <summary>The base URL <paramref name="role"/> calls: its own, or the started server's.</summary>
    public string BaseUrlOf(RoleBackendConfig role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return UsesManagedServer(role) ? Server.BaseUrl() : role.BaseUrl ?? throw new InvalidOperationException("a served role without a base URL needs backends.server");
    }

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "backends") =>
    [
        .. Policy.Problems(ConfigProblems.Join(path, "policy"), Server.IsEnabled()),
        .. Judge.Problems(ConfigProblems.Join(path, "judge"), Server.IsEnabled()),
        .. Annotator.Problems(ConfigProblems.Join(path, "annotator")),
        .. Prm.Problems(ConfigProblems.Join(path, "prm")),
        .. Segmenter.Problems(ConfigProblems.Join(path, "segmenter")),
        .. Trainer.Problems(ConfigProblems.Join(path, "trainer")),
        .. Server.Problems(ConfigProblems.Join(path, "server")),
        .. UnusedServer(ConfigProblems.Join(path, "server")),
    ];

    private IEnumerable<string> UnusedServer(string path)
    {
        if (Server.IsEnabled() && !AnyManaged())
            yield return $"{ConfigProblems.Join(path, "command")} = {ConfigProblems.Format(Server.Command)}: no role uses the server " +
                         "(set policy or judge backend to OpenAiCompatible and leave its baseUrl out)";
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

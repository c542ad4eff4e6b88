using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

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

    /// <summary>
    /// The segmenter of benchmark IFT solutions (<c>data.segmentation = Model</c>, Figure 3 prompt, greedy);
    /// <see cref="RoleBackendConfig.Model"/> is sent as written (no stage model). Default in-process (= none).
    /// </summary>
    public RoleBackendConfig Segmenter { get; init; } = new();

    /// <summary>The trainer of each round. Default psr's own step-DPO.</summary>
    public ExternalTrainerConfig Trainer { get; init; } = new();

    /// <summary>Whether any role goes over HTTP.</summary>
    public bool AnyServed() => Policy.IsServed() || Judge.IsServed();

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "backends") =>
    [
        .. Policy.Problems(ConfigProblems.Join(path, "policy")),
        .. Judge.Problems(ConfigProblems.Join(path, "judge")),
        .. Segmenter.Problems(ConfigProblems.Join(path, "segmenter")),
        .. Trainer.Problems(ConfigProblems.Join(path, "trainer")),
    ];

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

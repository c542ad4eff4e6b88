using Psr.Core.Errors;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Lanes;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Roles.Prompts;
using Psr.World.Judging;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The policy, judge and greedy solver of one stage, each in-process or served as <see cref="RunConfig.Backends"/>
/// says. The checkpoint is loaded only when some role runs in-process. Dispose after the stage (this also stops a
/// model server started for it).
/// </summary>
public sealed class StageRoles : IAsyncDisposable
{
    private readonly Qwen2ForCausalLM? _model;
    private readonly IRemoteRoleSet? _remote;

    private StageRoles(IStepPolicy policy, IStepJudge judge, IGreedySolver solver, Qwen2ForCausalLM? model, IRemoteRoleSet? remote)
    {
        (Policy, Judge, Solver, _model, _remote) = (policy, judge, solver, model, remote);
    }

    /// <summary>The policy role.</summary>
    public IStepPolicy Policy { get; }

    /// <summary>The judge role.</summary>
    public IStepJudge Judge { get; }

    /// <summary>Greedy whole solutions (the policy's backend).</summary>
    public IGreedySolver Solver { get; }

    /// <summary>The log of a model server started for a stage, in the stage's folder.</summary>
    public const string ServerLogFile = "server.log";

    /// <summary>
    /// Opens the roles for the model in <paramref name="modelDir"/> called <paramref name="modelName"/>; a model
    /// server started for them logs to <paramref name="serverLog"/>.
    /// </summary>
    public static async Task<StageRoles> OpenAsync(RunConfig config, IRemoteRoles? remote, string modelName, string modelDir, string serverLog,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        RequireRemote(config, remote);
        var served = config.Backends.AnyServed()
            ? await remote!.OpenAsync(config.Backends, ServedOptions(config), new RoleModel(modelName, Path.GetFullPath(modelDir)), serverLog, cancellationToken).ConfigureAwait(false)
            : null;
        Qwen2ForCausalLM? model = null;
        TextGenerator? generator = null;
        if (served?.Policy is null || served.Judge is null || served.Solver is null)
        {
            var (m, tokenizer) = ModelFolder.Load(modelDir);
            var precision = config.Model.GenerationPrecision.Resolve();
            if (precision == ComputePrecision.BFloat16Autocast)
                m.Matmul.Dtype = precision.ToMatmulDtype().ToScalarType(); // float32 weights, bfloat16 products
            else if (precision != ComputePrecision.Float32)
            {
                using var full = m; // generation reads only the rounded copy
                m = full.CastCopy(precision.ToModelDtype());
            }
            model = m;
            generator = new TextGenerator(m, tokenizer);
        }
        return new StageRoles(
            served?.Policy ?? new GeneratorStepPolicy(generator!),
            served?.Judge ?? new GeneratorStepJudge(generator!, config.Judge.MaxNewTokens, config.Judge.Temperature, config.Judge.Check.NeedsOwnStep()),
            served?.Solver ?? new GeneratorGreedySolver(generator!),
            model, served);
    }

    /// <summary>
    /// What the served roles of <paramref name="config"/> need besides <see cref="RunConfig.Backends"/>: the judge's
    /// template and sampling; a benchmark run's policy is a real model (Figure 4 with <c>Step k:</c> headers), the
    /// world's tiny model writes lines.
    /// </summary>
    public static ServedRoleOptions ServedOptions(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ServedRoleOptions(config.Judge.Template, config.Judge.MaxNewTokens, config.Judge.Temperature,
            config.Data.Source == DataSource.Benchmark ? PromptStyle.Paper : PromptStyle.Lines);
    }

    /// <summary>Throws when a role is configured as served but this host has no HTTP backend.</summary>
    public static void RequireRemote(RunConfig config, IRemoteRoles? remote)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (remote is null && config.Backends.AnyServed())
            throw new ConfigException(["backends: a role is OpenAiCompatible but no HTTP backend was given to the loop (psr run provides one)"]);
    }

    /// <summary><paramref name="search"/> with its lanes resolved (<see cref="GenerationLanes.Resolve"/>).</summary>
    public SearchConfig WithLanes(SearchConfig search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return search with { Lanes = Lanes(search.Lanes) };
    }

    /// <summary><paramref name="configured"/> lanes (0 = auto) resolved for this stage's roles (<see cref="GenerationLanes.Resolve"/>).</summary>
    public int Lanes(int configured) => GenerationLanes.Resolve(configured, _model, _remote is not null);

    /// <summary>The thread setting for <paramref name="search"/>'s lanes (<see cref="GenerationLanes.Open"/>), or null.</summary>
    public LaneThreads? OpenLanes(SearchConfig search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return OpenLanes(search.Lanes);
    }

    /// <summary>The thread setting for <paramref name="lanes"/> resolved lanes over this stage's roles (<see cref="GenerationLanes.Open"/>), or null.</summary>
    public LaneThreads? OpenLanes(int lanes) => GenerationLanes.Open(lanes, _model, _remote is not null);

    /// <summary>Adds the served roles' traffic counts to a stage's counts.</summary>
    public IReadOnlyDictionary<string, long> WithCounts(IReadOnlyDictionary<string, long> counts)
    {
        if (_remote is null)
            return counts;
        var all = new SortedDictionary<string, long>(counts.ToDictionary(), StringComparer.Ordinal);
        foreach (var (key, value) in _remote.Counts())
            all[key] = value;
        return all;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_remote is not null)
            await _remote.DisposeAsync().ConfigureAwait(false);
        _model?.Dispose();
    }
}

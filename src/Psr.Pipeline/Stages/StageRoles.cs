using Psr.Core.Errors;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Roles.Prompts;

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
            if (config.Model.GenerationPrecision == ComputePrecision.BFloat16Autocast)
                m.Matmul.Dtype = config.Model.GenerationPrecision.ToMatmulDtype().ToScalarType(); // float32 weights, bfloat16 products
            else if (config.Model.GenerationPrecision != ComputePrecision.Float32)
            {
                using var full = m; // generation reads only the rounded copy
                m = full.CastCopy(config.Model.GenerationPrecision.ToModelDtype());
            }
            model = m;
            generator = new TextGenerator(m, tokenizer);
        }
        return new StageRoles(
            served?.Policy ?? new GeneratorStepPolicy(generator!),
            served?.Judge ?? new GeneratorStepJudge(generator!, config.Judge.MaxNewTokens, config.Judge.Temperature),
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

    /// <summary>
    /// <paramref name="search"/> with its lanes resolved: a set count as it is; 0 (auto) becomes TorchSharp's thread
    /// count when every role runs in-process on the CPU and the model is small (one lane per core), else 1. Lanes were
    /// measured on the world's 0.87 M-parameter model, whose ops are too small to split across cores; a model the size of
    /// Qwen2.5-0.5B splits its ops well and would hold a KV cache per lane, so it keeps one lane unless set.
    /// </summary>
    public SearchConfig WithLanes(SearchConfig search)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.Lanes > 0)
            return search;
        return search with { Lanes = AllInProcessCpu && SmallModel ? Math.Max(1, IntraOpThreads.Current) : 1 };
    }

    /// <summary>
    /// The thread setting for <paramref name="search"/>'s lanes when they run over the in-process model (each lane's
    /// ops on its own thread, <see cref="LaneThreads"/>), or null: one lane, or a served role, whose awaits may move a
    /// lane onto pool threads. Open it before the search starts and dispose it after.
    /// </summary>
    public LaneThreads? OpenLanes(SearchConfig search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return search.Lanes > 1 && AllInProcessCpu ? LaneThreads.Open() : null;
    }

    /// <summary>An MLP projection of at most 2^20 multiply-adds per row (the world's Tiny 128 × 384 and Small 256 × 768; Qwen2.5-0.5B has 896 × 4,864).</summary>
    private bool SmallModel => _model is not null && (long)_model.Config.HiddenSize * _model.Config.IntermediateSize <= 1L << 20;

    private bool AllInProcessCpu => _remote is null && _model is not null && _model.Device.type == TorchSharp.DeviceType.CPU;

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

using Psr.Core.Errors;
using Psr.Roles.Backends;
using Psr.Training.Dpo;
using Psr.World.Judging;

namespace Psr.Pipeline.Config;

/// <summary>
/// The whole run, composed of one record per component. Built from a preset, a JSON file and <c>--set</c> overrides
/// by <see cref="RunConfigLoader"/>, validated once, then saved (canonical JSON) and hashed into every manifest.
/// </summary>
public sealed record RunConfig
{
    /// <summary>The preset this configuration starts from (<c>default</c>, <c>smoke</c>, <c>paper</c>, <c>plateau</c>). Default "default".</summary>
    public string Preset { get; init; } = "default";

    /// <summary>Seed data.</summary>
    public DataConfig Data { get; init; } = new();

    /// <summary>The model.</summary>
    public ModelConfig Model { get; init; } = new();

    /// <summary>Initialisation (M1).</summary>
    public InitSftConfig Sft { get; init; } = new();

    /// <summary>The step-wise search of each round.</summary>
    public SearchConfig Search { get; init; } = new();

    /// <summary>The step-wise judge.</summary>
    public JudgeConfig Judge { get; init; } = new();

    /// <summary>Step-DPO of each round.</summary>
    public StepDpoConfig Dpo { get; init; } = new();

    /// <summary>Evaluation after every model.</summary>
    public EvaluationConfig Evaluation { get; init; } = new();

    /// <summary>The rounds, in order (M2 … Mn). Default: the paper's 400 / 800 / 1200 questions.</summary>
    public IReadOnlyList<RoundConfig> Rounds { get; init; } =
        [new() { Name = "M2", Questions = 400 }, new() { Name = "M3", Questions = 800 }, new() { Name = "M4", Questions = 1200 }];

    /// <summary>Seeds.</summary>
    public SeedConfig Seeds { get; init; } = new();

    /// <summary>The optional safeguard (off by default).</summary>
    public SafeguardConfig Safeguard { get; init; } = new();

    /// <summary>Method(s) and seed list of this invocation (default: one process-based run).</summary>
    public ExperimentConfig Experiment { get; init; } = new();

    /// <summary>The outcome-based baseline's settings (used when a run's method is Outcome).</summary>
    public OutcomeConfig Outcome { get; init; } = new();

    /// <summary>The continued-SFT control's dose (used when a run's method is ContinuedSft).</summary>
    public ContinuedSftConfig ContinuedSft { get; init; } = new();

    /// <summary>EFT built from real data (tree search, PRM, annotator); off by default.</summary>
    public RealEftConfig Eft { get; init; } = new();

    /// <summary>Where the policy, judge and trainer run (default: all in-process).</summary>
    public BackendsConfig Backends { get; init; } = new();

    /// <summary>Every problem of every section, each with its key path and value.</summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new ConfigProblems("");
        p.Check(RunPresets.Names.Contains(Preset), nameof(Preset), Preset, "unknown preset (known: " + string.Join(", ", RunPresets.Names) + ")")
            .AddRange(Data.Problems())
            .AddRange(Model.Problems())
            .AddRange(Sft.Problems())
            .AddRange(Search.Problems())
            .AddRange(Judge.Problems())
            .AddRange(Dpo.Problems())
            .AddRange(Evaluation.Problems())
            .AddRange(Safeguard.Problems())
            .AddRange(Experiment.Problems())
            .AddRange(Outcome.Problems())
            .AddRange(ContinuedSft.Problems())
            .AddRange(Backends.Problems())
            .AddRange(Eft.Problems())
            .AddRange(RealEftBackendProblems())
            .AddRange(ExternalSftProblems());
        p.Check(Rounds.Count > 0, nameof(Rounds), Rounds.Count, "at least one round is required")
            .Check(!Judge.Check.NeedsOwnStep() || !Backends.Judge.IsServed(), "judge.check", Judge.Check,
                "needs the in-process judge (it writes its own next step before it judges); backends.judge is served");
        for (var i = 0; i < Rounds.Count; i++)
            p.AddRange(Rounds[i].Problems($"rounds[{i}]"));
        p.Check(ContinuedSft.Steps.Count == 0 || ContinuedSft.Steps.Count == Rounds.Count, "continuedSft.steps", ContinuedSft.Steps.Count,
            $"needs one entry per round ({Rounds.Count}) or none");
        foreach (var name in Rounds.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            p.Check(false, nameof(Rounds), name.Key, "round names must be unique");
        return p.Items;
    }

    /// <summary>The external SFT of M1 starts from the base model.</summary>
    private IReadOnlyList<string> ExternalSftProblems()
    {
        var p = new ConfigProblems("backends.trainer");
        if (!Backends.Trainer.SftIsEnabled())
            return p.Items;
        p.Check(!string.IsNullOrEmpty(Model.Checkpoint), "sftCommand", Backends.Trainer.SftCommand, "needs model.checkpoint (the base model M0, passed as {base})")
            .Check(Experiment.Method != SelfRewardingMethod.Outcome, "sftCommand", Backends.Trainer.SftCommand, "not supported for experiment.method = Outcome yet");
        return p.Items;
    }

    /// <summary>Real-data EFT needs its annotator (and, for a PRM endpoint, the PRM) served.</summary>
    private IReadOnlyList<string> RealEftBackendProblems()
    {
        var p = new ConfigProblems("backends");
        if (!Eft.Enabled)
            return p.Items;
        p.Check(Backends.Annotator.IsServed(), "annotator.backend", Backends.Annotator.Backend, "eft.enabled = true needs the strong judge served (OpenAiCompatible)")
            .Check(Eft.Scorer != StepScorerKind.PrmEndpoint || Backends.Prm.IsServed(), "prm.backend", Backends.Prm.Backend,
                "eft.scorer = PrmEndpoint needs the PRM served (OpenAiCompatible)");
        var outcome = new ConfigProblems("eft").Check(Experiment.Method != SelfRewardingMethod.Outcome, nameof(Eft.Enabled), Eft.Enabled,
            "not supported for experiment.method = Outcome yet (its EFT is whole-solution scoring)");
        return [.. p.Items, .. outcome.Items];
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

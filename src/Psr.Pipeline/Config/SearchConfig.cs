using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Roles;

namespace Psr.Pipeline.Config;

/// <summary>Step-wise search (PPD): sampling, judging, pair rules and batching. Defaults are the paper's.</summary>
public sealed record SearchConfig
{
    /// <summary>Candidates per step, the paper's w. Default 6.</summary>
    public int Width { get; init; } = 6;

    /// <summary>Sampling temperature for candidate steps. Default 0.5.</summary>
    public double Temperature { get; init; } = 0.5;

    /// <summary>Nucleus (top-p) threshold for candidate steps. Default 0.95.</summary>
    public double TopP { get; init; } = 0.95;

    /// <summary>Token cap for one sampled step. Default 256.</summary>
    public int MaxStepTokens { get; init; } = 256;

    /// <summary>Expansions per question (rollbacks and identical-candidate steps included); unfinished questions yield no pairs. Default 20.</summary>
    public int MaxExpansions { get; init; } = 20;

    /// <summary>A candidate containing this text (or ending with EOS) ends the solution. Default <c>\boxed{</c>.</summary>
    public string FinalAnswerMarker { get; init; } = "\\boxed{";

    /// <summary>Judge both orders of each distinct pair, or one order mirrored. Default <see cref="JudgeOrders.BothOrders"/>.</summary>
    public JudgeOrders JudgeOrders { get; init; } = JudgeOrders.BothOrders;

    /// <summary>Which pairs are judged: all pairs, or a knockout bracket. Default <see cref="JudgeSchedule.AllPairs"/> (the paper).</summary>
    public JudgeSchedule Schedule { get; init; } = JudgeSchedule.AllPairs;

    /// <summary>
    /// Most judge calls per expansion; 0 = no limit. Calls beyond it are not made: all-pairs then judges its pairs in
    /// round-robin order (every candidate compared about equally often) up to the budget; a knockout decides the matches
    /// it cannot afford as draws. Default 0.
    /// </summary>
    public int JudgeCallBudget { get; init; }

    /// <summary>What an all-tie expansion does. Default <see cref="AllTieAction.RollBack"/> (the paper).</summary>
    public AllTieAction AllTie { get; init; } = AllTieAction.RollBack;

    /// <summary>A pair is kept only if score(chosen) − score(rejected) ≥ this. Default 1 (keep every pair).</summary>
    public int MinScoreMargin { get; init; } = 1;

    /// <summary>Drop the pair of a step whose chosen candidate the judge itself labels wrong (when its format has labels). Default true.</summary>
    public bool SelfJudgedFilter { get; init; } = true;

    /// <summary>
    /// Drop the pair of a step when any of the judge's calls labels its chosen candidate wrong or its rejected candidate
    /// right (a stricter <see cref="SelfJudgedFilter"/>: unanimity instead of majority; calls without labels count for
    /// nothing, so a judge format without labels drops no pair). Default false (the paper keeps every pair).
    /// </summary>
    public bool UnanimousLabels { get; init; }

    /// <summary>
    /// Judge an expansion whose candidates are all the same text: one call with the step as both A and B, whose labels
    /// give the step its self label (the path is still accepted, with no pair). Without it such a step is never checked,
    /// so a self-verified path (<c>dpo.replaySource = OwnPaths</c>) vouches for it unseen. Default false.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // off: earlier runs' configuration hashes are unchanged
    public bool JudgeIdentical { get; init; }

    /// <summary>
    /// Do not continue a path with a step the judge itself labels wrong (by the majority of its calls on the step, an
    /// identical expansion's self-comparison included): the expansion is retried as an all-tie one is (rolled back, or
    /// resampled at the first step or under <see cref="AllTieAction.Resample"/>), so the budget goes to finding a step
    /// the judge vouches for instead of finishing a path that is no longer a self-verified solution. Needs a judge
    /// format with labels (the world's); steps without a label are accepted as today. Default false.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // off: earlier runs' configuration hashes are unchanged
    public bool RetrySelfWrong { get; init; }

    /// <summary>Questions searched together; finished ones are replaced from the queue. Default 64.</summary>
    public int ActiveQuestions { get; init; } = 64;

    /// <summary>
    /// Searches run at once, each on its own thread with up to <see cref="ActiveQuestions"/> questions, all taking
    /// questions from one queue; an in-process model then runs each tensor op on the thread that calls it (libtorch
    /// intra-op threads 1), which on a small model uses the cores better than splitting every op across them. 0 = auto:
    /// TorchSharp's thread count when every role runs in-process on the CPU with a small model (the world's), else 1.
    /// Results do not depend on it (seeds are per question and expansion); only the time does. The round's other
    /// generation passes run on as many lanes: EFT mining from the base model and the outcome baseline's sampling and
    /// scoring (batches in parallel, read in order). The evaluations use <c>evaluation.testTimeSearch.lanes</c> for all
    /// their passes. Default 0.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // a speed setting: earlier runs' configuration hashes are unchanged
    public int Lanes { get; init; }

    /// <summary>Prefixes per policy call. Default 64.</summary>
    public int PolicyBatchSize { get; init; } = 64;

    /// <summary>Comparisons per judge call. Default 256.</summary>
    public int JudgeBatchSize { get; init; } = 256;

    /// <summary>
    /// <paramref name="search"/> without the settings that change only the time (<see cref="Lanes"/>), for stage
    /// configuration hashes: a run resumed with other lanes reuses its stages.
    /// </summary>
    public static SearchConfig WithoutSpeed(SearchConfig search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return search with { Lanes = 0 };
    }

    /// <summary>The sampling settings passed to the policy.</summary>
    [JsonIgnore]
    public StepSampling Sampling => new(Width, Temperature, TopP, MaxStepTokens);

    /// <summary>Every problem of this section, keys prefixed with <paramref name="path"/>.</summary>
    public IReadOnlyList<string> Problems(string path = "search")
    {
        var p = new ConfigProblems(path);
        p.Check(Width >= 2, nameof(Width), Width, "must be >= 2 (pairs need two candidates)")
            .Check(Temperature >= 0 && double.IsFinite(Temperature), nameof(Temperature), Temperature, "must be >= 0")
            .Check(TopP > 0 && TopP <= 1, nameof(TopP), TopP, "must be in (0, 1]")
            .Check(MaxStepTokens > 0, nameof(MaxStepTokens), MaxStepTokens, "must be > 0")
            .Check(MaxExpansions > 0, nameof(MaxExpansions), MaxExpansions, "must be > 0")
            .Check(!string.IsNullOrEmpty(FinalAnswerMarker), nameof(FinalAnswerMarker), FinalAnswerMarker, "must not be empty")
            .Check(Enum.IsDefined(JudgeOrders), nameof(JudgeOrders), JudgeOrders, "unknown value")
            .Check(Enum.IsDefined(AllTie), nameof(AllTie), AllTie, "unknown value")
            .Check(Enum.IsDefined(Schedule), nameof(Schedule), Schedule, "unknown value")
            .Check(JudgeCallBudget >= 0, nameof(JudgeCallBudget), JudgeCallBudget, "must be >= 0 (0 = no limit)")
            .Check(MinScoreMargin >= 1, nameof(MinScoreMargin), MinScoreMargin, "must be >= 1")
            .Check(ActiveQuestions > 0, nameof(ActiveQuestions), ActiveQuestions, "must be > 0")
            .Check(Lanes >= 0, nameof(Lanes), Lanes, "must be >= 0 (0 = auto)")
            .Check(PolicyBatchSize > 0, nameof(PolicyBatchSize), PolicyBatchSize, "must be > 0")
            .Check(JudgeBatchSize > 0, nameof(JudgeBatchSize), JudgeBatchSize, "must be > 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

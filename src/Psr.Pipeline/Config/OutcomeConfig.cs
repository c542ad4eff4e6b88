using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>
/// The outcome-based baseline (SRLM, Yuan et al.; paper-method §1.8, §5): per round the same questions, model and DPO
/// settings as the process method, but N whole solutions per question, each scored by the model itself with the
/// additive 5-point prompt averaged over several judge samples, and pair = (highest, lowest). Defaults are Yuan et al.'s.
/// </summary>
public sealed record OutcomeConfig
{
    /// <summary>Whole solutions sampled per question (N). Default 4.</summary>
    public int Candidates { get; init; } = 4;

    /// <summary>Sampling temperature for solutions. Default 0.7.</summary>
    public double Temperature { get; init; } = 0.7;

    /// <summary>Nucleus (top-p) threshold for solutions. Default 0.9.</summary>
    public double TopP { get; init; } = 0.9;

    /// <summary>Token cap for one sampled solution; null = <c>evaluation.maxSolutionTokens</c> (the greedy evaluation's cap). Default null.</summary>
    public int? MaxSolutionTokens { get; init; }

    /// <summary>Judge samples per solution whose parsed scores are averaged. Default 3.</summary>
    public int JudgeSamples { get; init; } = 3;

    /// <summary>
    /// Sampling temperature of the judge samples (Yuan et al. do not state it; they sample, so it is above 0; the same
    /// 0.7 as for responses). Default 0.7.
    /// </summary>
    public double JudgeTemperature { get; init; } = 0.7;

    /// <summary>Nucleus threshold of the judge samples. Default 0.9.</summary>
    public double JudgeTopP { get; init; } = 0.9;

    /// <summary>
    /// Token cap for one judge output (the checks and <c>Score: k</c>); null = twice <c>judge.maxNewTokens</c> (a step
    /// judgment checks two candidate steps, a score checks a solution of several). Default null.
    /// </summary>
    public int? MaxScoreTokens { get; init; }

    /// <summary>Scoring prompt. Default <see cref="ScoreTemplate.Compact"/> (the built-in world's).</summary>
    public ScoreTemplate Template { get; init; } = ScoreTemplate.Compact;

    /// <summary>
    /// Ablation: a pair is kept only if mean score(chosen) − mean score(rejected) ≥ this; ties (margin 0) are always
    /// dropped. Default 0 (keep every untied pair, Yuan et al.).
    /// </summary>
    public double MinScoreMargin { get; init; }

    /// <summary>Questions sampled and scored per batch (one progress-log entry each). Default 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "outcome")
    {
        var p = new ConfigProblems(path);
        p.Check(Candidates >= 2, nameof(Candidates), Candidates, "must be >= 2 (pairs need two solutions)")
            .Check(Temperature >= 0 && double.IsFinite(Temperature), nameof(Temperature), Temperature, "must be >= 0")
            .Check(TopP > 0 && TopP <= 1, nameof(TopP), TopP, "must be in (0, 1]")
            .Check(MaxSolutionTokens is null or > 0, nameof(MaxSolutionTokens), MaxSolutionTokens, "must be > 0 (or null)")
            .Check(JudgeSamples >= 1, nameof(JudgeSamples), JudgeSamples, "must be >= 1")
            .Check(JudgeTemperature >= 0 && double.IsFinite(JudgeTemperature), nameof(JudgeTemperature), JudgeTemperature, "must be >= 0")
            .Check(JudgeTopP > 0 && JudgeTopP <= 1, nameof(JudgeTopP), JudgeTopP, "must be in (0, 1]")
            .Check(MaxScoreTokens is null or > 0, nameof(MaxScoreTokens), MaxScoreTokens, "must be > 0 (or null)")
            .Check(Enum.IsDefined(Template), nameof(Template), Template, "unknown value")
            .Check(MinScoreMargin >= 0 && double.IsFinite(MinScoreMargin), nameof(MinScoreMargin), MinScoreMargin, "must be >= 0")
            .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());

    /// <summary>This section with both token caps resolved against the run's evaluation and judge settings.</summary>
    public OutcomeConfig Resolved(RunConfig run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return this with
        {
            MaxSolutionTokens = MaxSolutionTokens ?? run.Evaluation.MaxSolutionTokens,
            MaxScoreTokens = MaxScoreTokens ?? 2 * run.Judge.MaxNewTokens,
        };
    }
}

using Psr.Pipeline.Config;

namespace Psr.Reports;

/// <summary>The run's settings that the paper's ablations vary, shown next to the results so two reports can be compared.</summary>
/// <param name="Width">Candidates per step (search.width).</param>
/// <param name="JudgeOrders">Both orders or one order per pair (search.judgeOrders).</param>
/// <param name="AllTie">Rollback on (RollBack) or off (search.allTie).</param>
/// <param name="MinScoreMargin">Pairs kept only if chosen − rejected wins ≥ this (search.minScoreMargin).</param>
/// <param name="SelfJudgedFilter">Pairs dropped when the judge calls its own chosen step wrong (search.selfJudgedFilter).</param>
/// <param name="UnanimousLabels">Pairs dropped when any judge call labels the chosen step wrong or the rejected one right (search.unanimousLabels).</param>
/// <param name="DpoBeta">Step-DPO β (dpo.beta).</param>
/// <param name="QuestionsPerRound">Fresh questions per round.</param>
/// <param name="Schedule">All pairs or a knockout (search.schedule).</param>
/// <param name="JudgeCallBudget">Judge calls per expansion, 0 = no limit (search.judgeCallBudget).</param>
/// <param name="OutcomeCandidates">Whole solutions per question of the outcome baseline (outcome.candidates).</param>
/// <param name="OutcomeJudgeSamples">Judge samples averaged per solution (outcome.judgeSamples).</param>
/// <param name="OutcomeMinScoreMargin">Outcome pairs kept only if the mean-score margin ≥ this (outcome.minScoreMargin).</param>
public sealed record AblationSettings(int Width, JudgeOrders JudgeOrders, AllTieAction AllTie, int MinScoreMargin, bool SelfJudgedFilter, double DpoBeta,
    IReadOnlyList<int> QuestionsPerRound, JudgeSchedule Schedule, int JudgeCallBudget, int OutcomeCandidates, int OutcomeJudgeSamples, double OutcomeMinScoreMargin,
    bool UnanimousLabels = false)
{
    /// <summary>The settings of <paramref name="config"/>.</summary>
    public static AblationSettings Of(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var s = config.Search;
        return new AblationSettings(s.Width, s.JudgeOrders, s.AllTie, s.MinScoreMargin, s.SelfJudgedFilter, config.Dpo.Beta,
            config.Rounds.Select(r => r.Questions).ToList(), s.Schedule, s.JudgeCallBudget, config.Outcome.Candidates, config.Outcome.JudgeSamples,
            config.Outcome.MinScoreMargin, s.UnanimousLabels);
    }
}

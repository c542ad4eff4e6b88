using Psr.Pipeline.Metrics;
using Psr.Pipeline.Outcome;
using Psr.Roles;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Reports;

/// <summary>
/// <see cref="PairStats"/> for an outcome-baseline round, recomputed from its <c>results.jsonl</c>: a whole solution is
/// right for the oracle when every line is correct and it ends with the right answer (process-correct); the tie rate
/// is the share of questions whose scored solutions all tied; judge calls count every judge sample.
/// </summary>
public static class OutcomePairStats
{
    /// <summary>The round's statistics; <paramref name="withOracle"/> where the world has an oracle.</summary>
    public static PairStats From(IReadOnlyList<OutcomeResult> results, bool withOracle)
    {
        ArgumentNullException.ThrowIfNull(results);
        var pairs = results.Where(r => r.Pair is not null).Select(r => r.Pair!).ToList();
        var breakdown = withOracle ? PairOracleBreakdown.From(pairs.Select(Classify)) : null;
        double? agrees = breakdown is null ? null : breakdown.Clean / (double)Math.Max(1, pairs.Count);
        var scored = results.Count(r => r.Decision != OutcomeDecision.DroppedUnscored);
        var calls = results.Sum(r => r.Candidates.Sum(c => c.Outputs.Count));
        var ties = results.Count(r => r.Decision == OutcomeDecision.DroppedTie);
        PairDrop Drop(string rule, OutcomeDecision decision) => new(rule, results.Count(r => r.Decision == decision));
        return new PairStats(results.Count, scored, pairs.Count, breakdown, agrees, 0, calls, ties / (double)Math.Max(1, results.Count),
            [Drop("unscored", OutcomeDecision.DroppedUnscored), Drop("tie", OutcomeDecision.DroppedTie),
             Drop("identical", OutcomeDecision.DroppedIdentical), Drop("margin", OutcomeDecision.DroppedMargin)]);
    }

    /// <summary>The oracle's category of a whole-solution pair.</summary>
    public static PairOracleCategory Classify(SolutionPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return (Label(pair.Question, pair.Chosen), Label(pair.Question, pair.Rejected)) switch
        {
            (StepCorrectness.Correct, StepCorrectness.Wrong) => PairOracleCategory.Clean,
            (StepCorrectness.Wrong, StepCorrectness.Correct) => PairOracleCategory.Reversed,
            (StepCorrectness.Wrong, StepCorrectness.Wrong) => PairOracleCategory.BothWrong,
            (StepCorrectness.Correct, StepCorrectness.Correct) => PairOracleCategory.BothRight,
            _ => PairOracleCategory.Unknown,
        };
    }

    private static StepCorrectness Label(string question, string solution) =>
        !ExpressionParser.TryParse(question, out var e, out _) ? StepCorrectness.Unknown
        : StepOracle.ScoreSolution(e, solution).ProcessCorrect ? StepCorrectness.Correct : StepCorrectness.Wrong;
}

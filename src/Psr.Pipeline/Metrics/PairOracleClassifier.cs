using Psr.Roles;
using Psr.Pipeline.Search;

namespace Psr.Pipeline.Metrics;

/// <summary>
/// Puts each pair in one <see cref="PairOracleCategory"/>: first the prefix is checked step by step (a wrong previous
/// step makes the pair <see cref="PairOracleCategory.AfterWrongPrefix"/>), then the chosen and rejected steps.
/// </summary>
public static class PairOracleClassifier
{
    /// <summary>The oracle's view of <paramref name="pair"/>.</summary>
    public static PairOracleView Classify(IStepOracle oracle, StepPair pair)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(pair);
        var wrongAt = FirstWrongStep(oracle, pair.Question, pair.PreviousSteps);
        var chosen = oracle.Label(pair.Question, pair.PreviousSteps, pair.Chosen);
        var rejected = oracle.Label(pair.Question, pair.PreviousSteps, pair.Rejected);
        var category = wrongAt is not null ? PairOracleCategory.AfterWrongPrefix : (chosen, rejected) switch
        {
            (StepCorrectness.Correct, StepCorrectness.Wrong) => PairOracleCategory.Clean,
            (StepCorrectness.Wrong, StepCorrectness.Correct) => PairOracleCategory.Reversed,
            (StepCorrectness.Wrong, StepCorrectness.Wrong) => PairOracleCategory.BothWrong,
            (StepCorrectness.Correct, StepCorrectness.Correct) => PairOracleCategory.BothRight,
            _ => PairOracleCategory.Unknown,
        };
        return new PairOracleView(category, chosen, rejected, wrongAt);
    }

    /// <summary>Index of the first step of <paramref name="steps"/> the oracle calls wrong, or null.</summary>
    public static int? FirstWrongStep(IStepOracle oracle, string question, IReadOnlyList<string> steps)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(steps);
        for (var i = 0; i < steps.Count; i++)
        {
            if (oracle.Label(question, steps.Take(i).ToList(), steps[i]) == StepCorrectness.Wrong)
                return i;
        }
        return null;
    }
}

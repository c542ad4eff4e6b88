using Psr.World.Oracle;
using Psr.Pipeline.Metrics;

namespace Psr.Studies.Measurement;

/// <summary>Classifies (question, prefix, chosen, rejected) pairs with the oracle into a <see cref="PairBreakdown"/>.</summary>
public static class PairClassifier
{
    /// <summary>The breakdown of <paramref name="pairs"/>.</summary>
    public static PairBreakdown Classify(IEnumerable<(string Question, IReadOnlyList<string> Prefix, string Chosen, string Rejected)> pairs)
    {
        int n = 0, agree = 0, reversed = 0, bothWrong = 0, bothRight = 0, after = 0;
        foreach (var (question, prefix, chosen, rejected) in pairs)
        {
            n++;
            var c = StepOracle.JudgeStep(question, prefix, chosen).Label;
            var r = StepOracle.JudgeStep(question, prefix, rejected).Label;
            switch (c, r)
            {
                case (StepLabel.Unknown, _) or (_, StepLabel.Unknown): after++; break;
                case (StepLabel.Correct, StepLabel.Wrong): agree++; break;
                case (StepLabel.Wrong, StepLabel.Correct): reversed++; break;
                case (StepLabel.Wrong, StepLabel.Wrong): bothWrong++; break;
                default: bothRight++; break;
            }
        }
        return new PairBreakdown(n, agree, reversed, bothWrong, bothRight, after, Rate.Of(agree, agree + reversed));
    }
}

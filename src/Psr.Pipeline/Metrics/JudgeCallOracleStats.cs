using Psr.Roles;
using Psr.Pipeline.Search;

namespace Psr.Pipeline.Metrics;

/// <summary>
/// How the judge did on the calls the search really made, where the oracle says exactly one of the two candidates
/// is right: it chose the right one, the wrong one, or neither (tie, both wrong, unparsed).
/// </summary>
public sealed record JudgeCallOracleStats
{
    /// <summary>Calls that chose the right candidate.</summary>
    public int Right { get; init; }

    /// <summary>Calls that chose the wrong candidate.</summary>
    public int Wrong { get; init; }

    /// <summary>Calls that chose neither.</summary>
    public int Undecided { get; init; }

    /// <summary>Counts over the judge calls (comparisons with source <see cref="ComparisonSource.Judged"/>) of one question.</summary>
    public static JudgeCallOracleStats Of(IStepOracle oracle, string question, QuestionTrace trace)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        var prefixes = TraceReplay.Prefixes(trace, out _);
        int right = 0, wrong = 0, undecided = 0;
        for (var k = 0; k < trace.Expansions.Count; k++)
        {
            var e = trace.Expansions[k];
            var labels = e.Candidates.Select(c => oracle.Label(question, prefixes[k], c.Text)).ToArray();
            foreach (var c in e.Comparisons.Where(c => c.Source == ComparisonSource.Judged))
            {
                var (a, b) = (labels[c.A], labels[c.B]);
                if (!((a == StepCorrectness.Correct && b == StepCorrectness.Wrong) || (a == StepCorrectness.Wrong && b == StepCorrectness.Correct)))
                    continue;
                var picked = c.Verdict switch { JudgeVerdict.A => a, JudgeVerdict.B => b, _ => StepCorrectness.Unknown };
                if (picked == StepCorrectness.Correct)
                    right++;
                else if (picked == StepCorrectness.Wrong)
                    wrong++;
                else
                    undecided++;
            }
        }
        return new JudgeCallOracleStats { Right = right, Wrong = wrong, Undecided = undecided };
    }

    /// <summary>The element-wise sum.</summary>
    public JudgeCallOracleStats Plus(JudgeCallOracleStats o) =>
        new() { Right = Right + o.Right, Wrong = Wrong + o.Wrong, Undecided = Undecided + o.Undecided };
}

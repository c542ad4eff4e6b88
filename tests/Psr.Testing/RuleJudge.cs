using Psr.Roles;

namespace Psr.Testing;

/// <summary>A judge defined by a verdict rule and an optional per-candidate label rule; records every comparison.</summary>
public sealed class RuleJudge(Func<string, string, JudgeVerdict> verdict, Func<string, StepCorrectness>? label = null) : IStepJudge
{
    public List<StepComparison> Seen { get; } = [];

    public int Calls { get; private set; }

    /// <summary>Prefers the higher rank; equal ranks tie. Rank = the first digit in the text (0 when none).</summary>
    public static RuleJudge ByRank(Func<string, StepCorrectness>? label = null) => new(RankVerdict, label);

    /// <summary>A when <paramref name="a"/> ranks higher, B when lower, Tie when equal.</summary>
    public static JudgeVerdict RankVerdict(string a, string b) =>
        Rank(a).CompareTo(Rank(b)) switch { > 0 => JudgeVerdict.A, < 0 => JudgeVerdict.B, _ => JudgeVerdict.Tie };

    public static int Rank(string text) => text.FirstOrDefault(char.IsDigit) is var c and not '\0' ? c - '0' : 0;

    public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
    {
        Calls++;
        Seen.AddRange(comparisons);
        IReadOnlyList<StepJudgment> result = comparisons.Select(c => new StepJudgment(
            verdict(c.CandidateA, c.CandidateB),
            label?.Invoke(c.CandidateA) ?? StepCorrectness.Unknown,
            label?.Invoke(c.CandidateB) ?? StepCorrectness.Unknown,
            $"{c.CandidateA} vs {c.CandidateB}")).ToList();
        return Task.FromResult(result);
    }
}

using Psr.Pipeline.Stages;

namespace Psr.Reports;

/// <summary>Test-time scaling: the search at inference on the first test problems (<c>tts.jsonl</c>, <c>tts-oracle.jsonl</c>).</summary>
/// <param name="Problems">Problems searched.</param>
/// <param name="GreedyAccuracy">Greedy accuracy on the same problems.</param>
/// <param name="SelfJudgeAccuracy">Search with the model as its own judge.</param>
/// <param name="OracleJudgeAccuracy">Search with the oracle as judge (null when not run).</param>
public sealed record TestTimeStats(int Problems, double GreedyAccuracy, double SelfJudgeAccuracy, double? OracleJudgeAccuracy)
{
    /// <summary>The statistics of one evaluation's test-time records.</summary>
    public static TestTimeStats From(IReadOnlyList<GreedyRecord> greedy, IReadOnlyList<TestTimeRecord> self, IReadOnlyList<TestTimeRecord>? oracle)
    {
        ArgumentNullException.ThrowIfNull(greedy);
        ArgumentNullException.ThrowIfNull(self);
        var n = Math.Max(1, self.Count);
        return new TestTimeStats(self.Count, greedy.Take(self.Count).Count(g => g.Correct) / (double)n,
            self.Count(r => r.Correct) / (double)n, oracle is null ? null : oracle.Count(r => r.Correct) / (double)Math.Max(1, oracle.Count));
    }
}

using System.Security.Cryptography;
using System.Text;
using Psr.Roles;

namespace Psr.Pipeline.Tests.Fakes;

/// <summary>
/// A judge whose verdict depends only on (previous steps, A, B, seed), through SHA-256: A, B, tie, both wrong,
/// unparsed, with labels. Counts comparisons per call.
/// </summary>
internal sealed class HashJudge : IStepJudge
{
    private readonly Lock _gate = new();

    public List<int> ComparisonsPerCall { get; } = [];

    /// <summary>The managed thread of each call (search lanes call from several).</summary>
    public HashSet<int> Threads { get; } = [];

    public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ComparisonsPerCall.Add(comparisons.Count);
            Threads.Add(Environment.CurrentManagedThreadId);
        }
        IReadOnlyList<StepJudgment> result = comparisons.Select(Judge).ToList();
        return Task.FromResult(result);
    }

    private static StepJudgment Judge(StepComparison c)
    {
        var key = $"{string.Join("|", c.PreviousSteps)}#{c.CandidateA}#{c.CandidateB}#{c.Seed}";
        var h = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var verdict = (h[0] % 10) switch
        {
            < 4 => JudgeVerdict.A,
            < 8 => JudgeVerdict.B,
            8 => h[1] % 2 == 0 ? JudgeVerdict.Tie : JudgeVerdict.BothWrong,
            _ => JudgeVerdict.Unparsed,
        };
        var label = (StepCorrectness)(h[2] % 3);
        return new StepJudgment(verdict, label, (StepCorrectness)(h[3] % 3), $"check {h[4]}: [[{verdict}]]");
    }
}

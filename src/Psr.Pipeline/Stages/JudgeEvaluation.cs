using Psr.Pipeline.Lanes;
using Psr.Pipeline.Adapters;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.World.Eft;
using Psr.World.RoleAdapters;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Judge accuracy on the EFT test pairs in both orders, through the same <see cref="IStepJudge"/> the search uses; each
/// batch goes to <c>judge.progress.jsonl</c> (resumable).
/// </summary>
public static class JudgeEvaluation
{
    /// <summary>
    /// Judges every (pair, order) not yet in <paramref name="progressFile"/>; returns the records in (pair, order) order.
    /// Batches run on <paramref name="lanes"/> lanes (<see cref="OrderedLanes"/>; <paramref name="enterLane"/> on each
    /// lane's thread) and are logged in order.
    /// </summary>
    public static async Task<List<JudgeRecord>> RunAsync(StageContext context, IStepJudge judge, IReadOnlyList<EftExample> pairs,
        int batchSize, Action<int> onDone, CancellationToken ct, string progressFile = "judge.progress.jsonl", int lanes = 1, Action? enterLane = null)
    {
        var requests = pairs.SelectMany((e, i) => new[] { Request(e, i, swapped: false), Request(e, i, swapped: true) }).ToList();
        using var log = context.OpenProgress<JudgeRecord>(progressFile);
        var done = log.Records.Select(r => (r.Index, r.Swapped)).ToHashSet();
        onDone(done.Count);
        var chunks = requests.Where(r => !done.Contains((r.Index, r.Swapped))).Chunk(batchSize).ToList();
        await foreach (var (chunk, got) in OrderedLanes.RunAsync(chunks, lanes, async (chunk, token) =>
            (chunk, await judge.JudgeAsync(chunk.Select(r => r.Comparison).ToList(), token).ConfigureAwait(false)), enterLane, ct).ConfigureAwait(false))
        {
            log.Append(chunk.Select((r, i) => new JudgeRecord(r.Index, r.Swapped, r.Expected, got[i].Verdict)));
            onDone(log.Records.Count);
        }
        var byKey = log.Records.ToDictionary(r => (r.Index, r.Swapped));
        return requests.Select(r => byKey[(r.Index, r.Swapped)]).ToList();
    }

    /// <summary>Accuracy per order, over both, both-orders-right and order consistency.</summary>
    public static JudgeSummary Summarize(IReadOnlyList<JudgeRecord> records)
    {
        var ab = records.Where(r => !r.Swapped).OrderBy(r => r.Index).ToList();
        var ba = records.Where(r => r.Swapped).OrderBy(r => r.Index).ToList();
        var n = Math.Max(1, ab.Count);
        var both = ab.Zip(ba, (x, y) => x.Correct && y.Correct).Count(b => b);
        var consistent = ab.Zip(ba, (x, y) => x.Verdict == Swap(y.Verdict) && x.Verdict != JudgeVerdict.Unparsed).Count(b => b);
        return new JudgeSummary(ab.Count, ab.Count(r => r.Correct) / (double)n, ba.Count(r => r.Correct) / (double)n,
            records.Count(r => r.Correct) / (double)Math.Max(1, records.Count), both / (double)n, consistent / (double)n,
            records.Count(r => r.Verdict == JudgeVerdict.Unparsed));
    }

    private static JudgeVerdict Swap(JudgeVerdict v) => v switch { JudgeVerdict.A => JudgeVerdict.B, JudgeVerdict.B => JudgeVerdict.A, _ => v };

    private static (int Index, bool Swapped, JudgeVerdict Expected, StepComparison Comparison) Request(EftExample e, int index, bool swapped)
    {
        var (question, previous) = Context(e);
        var (a, b) = swapped ? (e.CandidateB, e.CandidateA) : (e.CandidateA, e.CandidateB);
        var expected = JudgmentMapping.Verdict(e.Verdict);
        return (index, swapped, swapped ? Swap(expected) : expected, new StepComparison(e.ProblemId, question, previous, a, b, 0));
    }

    /// <summary>Recovers the question and previous steps from the stored prompt (<see cref="EftPromptParts"/>), checking that the judge prompt is rebuilt exactly.</summary>
    public static (string Question, IReadOnlyList<string> Previous) Context(EftExample e) => EftPromptParts.Read(e);
}

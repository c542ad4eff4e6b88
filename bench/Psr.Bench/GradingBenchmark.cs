using System.Diagnostics;
using System.Globalization;
using Psr.Eval.Benchmarks;
using Psr.Eval.Grading;

namespace Psr.Bench;

/// <summary>
/// Times <see cref="AnswerGrader"/> on real benchmark pairs against a peer measured in the same run: plain
/// case-insensitive string equality on the same pairs (the cheapest possible grader, and the one that is wrong on
/// every reformatted answer). Prints the median of several runs.
/// </summary>
internal static class GradingBenchmark
{
    public static int Run(string[] args)
    {
        var pairCount = Option(args, "--pairs", 1000);
        var runs = Option(args, "--runs", 7);
        var directory = BenchmarkDirectory.Find() ?? throw new InvalidOperationException("shared/benchmarks not found");
        var pairs = GradingPairs.Load(directory, pairCount);
        var grader = new AnswerGrader();
        Time(() => GradeAll(grader, pairs)); // warm-up: JIT and regex construction
        var graderTimes = Enumerable.Range(0, runs).Select(_ => Time(() => GradeAll(grader, pairs))).Order().ToArray();
        var peerTimes = Enumerable.Range(0, runs).Select(_ => Time(() => StringEqualAll(pairs))).Order().ToArray();
        var graded = GradeAll(grader, pairs);
        var peerEqual = StringEqualAll(pairs);
        var grader_ms = graderTimes[runs / 2];
        var peer_ms = peerTimes[runs / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs: {pairs.Count} real benchmark pairs (half gold-extracted, half perturbed), {runs} runs, median"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"AnswerGrader:        {grader_ms,9:F2} ms per {pairs.Count} pairs  {pairs.Count / grader_ms * 1000,12:F0} pairs/s  equal {graded}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"string equality:     {peer_ms,9:F4} ms per {pairs.Count} pairs  {pairs.Count / peer_ms * 1000,12:F0} pairs/s  equal {peerEqual}"));
        if (args.Contains("--slowest"))
            PrintSlowest(grader, pairs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio (grader time / string-equality time): {grader_ms / peer_ms:F0}x; budget < 1000 ms per 1000 pairs: {(grader_ms * 1000 / pairs.Count < 1000 ? "met" : "NOT met")}"));
        return 0;
    }

    /// <summary>The ten slowest pairs and every gold pair not graded equal (for docs/grading-exceptions.md).</summary>
    private static void PrintSlowest(AnswerGrader grader, IReadOnlyList<(string Prediction, string Reference)> pairs)
    {
        var timed = pairs.Select((p, k) => (p, k, Ms: Time(() => grader.Grade(p.Prediction, p.Reference).Equal ? 1 : 0), Result: grader.Grade(p.Prediction, p.Reference))).ToArray();
        foreach (var t in timed.OrderByDescending(t => t.Ms).Take(10))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slow {t.Ms,8:F2} ms  {t.Result.Why,-10} {t.p.Prediction} | {t.p.Reference}"));
        foreach (var t in timed.Where(t => t.k % 2 == 0 && !t.Result.Equal))
            Console.WriteLine($"gold-not-equal {t.Result.Why}: {t.p.Prediction} | {t.p.Reference}");
    }

    private static int GradeAll(AnswerGrader grader, IReadOnlyList<(string Prediction, string Reference)> pairs) =>
        pairs.Count(p => grader.Grade(p.Prediction, p.Reference).Equal);

    private static int StringEqualAll(IReadOnlyList<(string Prediction, string Reference)> pairs) =>
        pairs.Count(p => string.Equals(p.Prediction.Trim(), p.Reference.Trim(), StringComparison.OrdinalIgnoreCase));

    private static double Time(Func<int> action)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
    }
}

using Psr.Eval.Benchmarks;
using Psr.Eval.Extraction;

namespace Psr.Bench;

/// <summary>
/// Real benchmark grading pairs: for each gold answer, the answer extracted from the gold solution (or the answer
/// rewritten as <c>$\boxed{...}$</c> where there is no solution) and a perturbed, wrong prediction (the answer plus one).
/// </summary>
internal static class GradingPairs
{
    private static readonly BenchmarkName[] Sources =
        [BenchmarkName.Math500, BenchmarkName.OlympiadBench, BenchmarkName.Gaokao2023En, BenchmarkName.Gsm8k];

    public static IReadOnlyList<(string Prediction, string Reference)> Load(string benchmarksDirectory, int count)
    {
        var pairs = new List<(string, string)>(count);
        var items = Sources.SelectMany(s => BenchmarkLoader.Load(s, benchmarksDirectory)
            .Where(i => i.Answer.Trim().Length > 0).Take(count / Sources.Length + 1)).ToArray();
        for (var k = 0; pairs.Count < count; k++)
        {
            var item = items[k % items.Length];
            pairs.Add(k % 2 == 0 ? (GoldPrediction(item), item.Answer) : ($"{item.Answer.Trim('$')}+1", item.Answer));
        }
        return pairs;
    }

    private static string GoldPrediction(BenchmarkItem item) =>
        item.Solution is { } solution && AnswerExtractor.Extract(solution) is { } extracted
            ? extracted
            : $"$\\boxed{{{item.Answer.Trim('$')}}}$";
}

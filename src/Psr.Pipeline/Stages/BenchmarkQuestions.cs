using Psr.Core.Errors;
using Psr.Eval.Benchmarks;
using Psr.Pipeline.Config;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Every question set of a run on a benchmark (<c>data.source = Benchmark</c>), the counterpart of
/// <see cref="WorldQuestions"/>: the items of <c>data.benchmarkPath</c> are shuffled once with <c>seeds.data</c>; the
/// IFT problems are the first <c>data.iftProblems</c>, each round's questions the next slice (so all are disjoint and
/// the same for the same seed); the test problems are the first <c>evaluation.testProblems</c> items of
/// <c>data.testBenchmark</c>, in file order, the same for every model (paired differences).
/// </summary>
public sealed class BenchmarkQuestions
{
    private readonly RunConfig _config;
    private readonly Lazy<IReadOnlyList<BenchmarkItem>> _shuffled;

    /// <summary>Prepares (lazily) the benchmark of <paramref name="config"/>.</summary>
    public BenchmarkQuestions(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _shuffled = new(Shuffle);
    }

    /// <summary>The IFT problems.</summary>
    public IReadOnlyList<BenchmarkItem> Ift() => Slice(0, _config.Data.IftProblems);

    /// <summary>The questions of round <paramref name="roundIndex"/> (0 = the first DPO round).</summary>
    public IReadOnlyList<BenchmarkItem> Round(int roundIndex)
    {
        var start = _config.Data.IftProblems + _config.Rounds.Take(roundIndex).Sum(r => r.Questions);
        return Slice(start, _config.Rounds[roundIndex].Questions);
    }

    /// <summary>The test problems (graded by <c>Psr.Eval</c>).</summary>
    public IReadOnlyList<BenchmarkItem> Test() =>
        BenchmarkSource.Load(_config.Data.TestBenchmark, null, new JsonlFields()).Take(_config.Evaluation.TestProblems).ToList();

    /// <summary>How many items the IFT problems and all rounds need.</summary>
    public int Needed => _config.Data.IftProblems + _config.Rounds.Sum(r => r.Questions);

    private List<BenchmarkItem> Slice(int start, int count)
    {
        var items = _shuffled.Value;
        if (items.Count < Needed)
            throw new PsrException($"data.benchmarkPath = {_config.Data.BenchmarkPath}: {items.Count} items, but data.iftProblems + the rounds' questions need {Needed}");
        return items.Skip(start).Take(count).ToList();
    }

    private List<BenchmarkItem> Shuffle()
    {
        var items = BenchmarkLoader.LoadFile(_config.Data.BenchmarkFormat, _config.Data.BenchmarkPath!).ToList();
        var rng = new Random(unchecked((int)(_config.Seeds.Data * 1_000_003L + 7)));
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }
}

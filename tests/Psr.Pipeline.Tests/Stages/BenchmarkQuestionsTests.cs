using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;

namespace Psr.Pipeline.Tests.Stages;

public sealed class BenchmarkQuestionsTests
{
    private static RunConfig Config(long dataSeed, int ift = 50) => RunPresets.Smoke with
    {
        Data = new DataConfig { Source = DataSource.Benchmark, BenchmarkPath = Gsm8kTrainLines.Path, IftProblems = ift },
        Rounds = [new() { Name = "M2", Questions = 30 }, new() { Name = "M3", Questions = 40 }],
        Seeds = RunPresets.Smoke.Seeds with { Data = dataSeed },
    };

    [Fact]
    public void Ift_problems_and_each_rounds_questions_are_disjoint_and_the_same_for_the_same_seed()
    {
        // Given GSM8K train and a seed
        var questions = new BenchmarkQuestions(Config(7));

        // When the IFT problems and both rounds' questions are drawn, twice
        var ift = questions.Ift().Select(i => i.Id).ToList();
        var m2 = questions.Round(0).Select(i => i.Id).ToList();
        var m3 = questions.Round(1).Select(i => i.Id).ToList();
        var again = new BenchmarkQuestions(Config(7));

        // Then the sizes are as configured, no item is used twice, and a second draw is identical
        Assert.Equal((50, 30, 40), (ift.Count, m2.Count, m3.Count));
        Assert.Equal(120, ift.Concat(m2).Concat(m3).Distinct().Count());
        Assert.Equal(ift, again.Ift().Select(i => i.Id));
        Assert.Equal(m3, again.Round(1).Select(i => i.Id));
    }

    [Fact]
    public void Another_data_seed_draws_other_problems()
    {
        // When two seeds draw IFT problems
        var a = new BenchmarkQuestions(Config(7)).Ift().Select(i => i.Id);
        var b = new BenchmarkQuestions(Config(8)).Ift().Select(i => i.Id);

        // Then the draws differ
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_benchmark_too_small_for_the_ift_problems_and_rounds_is_one_error_naming_the_file_and_counts()
    {
        // Given more IFT problems than GSM8K train has
        var questions = new BenchmarkQuestions(Config(7, ift: 7473));

        // When the IFT problems are drawn
        var e = Assert.Throws<PsrException>(questions.Ift);

        // Then the error names the file, its size and the need
        Assert.Contains("train.jsonl: 7473 items, but data.iftProblems + the rounds' questions need 7543", e.Message, StringComparison.Ordinal);
    }
}

using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;

namespace Psr.Eval.Tests.Benchmarks;

/// <summary>
/// Acceptance: extracting the answer from each gold solution and grading it against the gold answer gives ≥ 99.5%
/// equal on every shipped benchmark with worked solutions; the exceptions are listed in docs/grading-exceptions.md.
/// </summary>
public sealed class GoldCheckTests
{
    [Theory]
    [InlineData(BenchmarkName.Gsm8k)]
    [InlineData(BenchmarkName.Math)]
    [InlineData(BenchmarkName.Math500)]
    public void Gold_solutions_grade_equal_to_gold_answers(BenchmarkName name)
    {
        // Given a benchmark with worked solutions
        var items = BenchmarkLoader.Load(name, SharedBenchmarks.Directory);

        // When the gold check runs (answer extracted from each solution, graded against the gold answer)
        var report = GoldCheck.Run(name.ToString().ToLowerInvariant(), items);

        // Then at least 99.5% are equal
        var failures = report.Items.Where(i => !i.Equal).Select(i => $"{i.Id}: {i.Extracted} vs {i.Reference} ({i.Why})");
        Assert.True(report.Accuracy >= 0.995, $"{report.Accuracy:P2} equal; failures:\n{string.Join("\n", failures.Take(30))}");
    }

    [Theory]
    [InlineData(BenchmarkName.Gsm8k)]
    [InlineData(BenchmarkName.Math)]
    [InlineData(BenchmarkName.Math500)]
    [InlineData(BenchmarkName.Gaokao2023En)]
    [InlineData(BenchmarkName.OlympiadBench)]
    [InlineData(BenchmarkName.Aime24)]
    [InlineData(BenchmarkName.Amc23)]
    public void Every_gold_answer_equals_itself_when_boxed_in_math_mode(BenchmarkName name)
    {
        // Given every gold answer of a benchmark, and the same answer written as "$\boxed{...}$" (which skips the
        // exact-string shortcut and runs normalisation, shape parsing and comparison on real answers)
        var items = BenchmarkLoader.Load(name, SharedBenchmarks.Directory).Where(i => i.Answer.Trim().Length > 0).ToArray();
        var grader = new Psr.Eval.Grading.AnswerGrader();

        // When each pair is graded
        var failures = items.Select(i => (i.Id, i.Answer, Result: grader.Grade($"$\\boxed{{{i.Answer}}}$", i.Answer)))
            .Where(r => !r.Result.Equal).ToArray();

        // Then at least 99.5% are equal
        Assert.True(failures.Length <= items.Length * 0.005,
            $"{failures.Length}/{items.Length} not equal:\n{string.Join("\n", failures.Take(30).Select(f => $"{f.Id}: {f.Answer} ({f.Result.Why})"))}");
    }
}

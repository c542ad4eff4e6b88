using Psr.Pipeline.Config;
using Psr.Extensions.RealData.RealEft;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Extensions.RealData.Tests.Fakes;
using Psr.World.Judging;

namespace Psr.Extensions.RealData.Tests.RealEft;

public sealed class RealEftBuilderTests
{
    private static readonly RealEftConfig Config = new() { Width = 3, MaxDepth = 2, ScoreMargin = 0.5, ProblemBatch = 4, TestFraction = 0.3 };

    private static readonly IReadOnlyList<EftProblem> Problems =
        Enumerable.Range(0, 10).Select(i => new EftProblem($"p{i}", $"Question {i}?\nReally?", "4", [])).ToList();

    /// <summary>Siblings s9 (best), s5, s1 (worst) at every node: one candidate pair per node.</summary>
    private static FuncPolicy Policy() => new((_, i) => FuncPolicy.Step(new[] { "s5", "s9", "s1" }[i]));

    /// <summary>An annotator that prefers the higher digit (agrees with the PRM), except as the rule says.</summary>
    private static RuleJudge Annotator(Func<string, string, JudgeVerdict>? rule = null) =>
        new(rule ?? ((a, b) => RuleJudge.Rank(a) > RuleJudge.Rank(b) ? JudgeVerdict.A : JudgeVerdict.B));

    private static async Task<RealEftResult> Build(string dir, IStepPolicy policy, IStepJudge judge, CancellationToken ct = default)
    {
        using var log = ProgressLog<RealEftProblemRecord>.Open(Path.Combine(dir, "progress.jsonl"));
        return await new RealEftBuilder(policy, FuncScorer.ByDigit(), judge, Config, 3).BuildAsync(Problems, log, null, ct);
    }

    [Fact]
    public async Task Kept_pairs_become_eft_examples_split_by_problem_with_every_count_in_the_result()
    {
        // Given an annotator that agrees with the PRM
        using var dir = new TempDir();

        // When EFT is built over ten problems, two nodes each
        var result = await Build(dir.Path, Policy(), Annotator());

        // Then every pair is kept, test and train share no problem, and the counts add up
        Assert.Equal(20, result.Counts["candidatePairs"]);
        Assert.Equal(20, result.Counts["pairsKept"]);
        Assert.Equal(20, result.Train.Count + result.Test.Count);
        Assert.Equal(result.Counts["testProblems"] * 2, result.Test.Count);
        Assert.Empty(result.Train.Select(e => e.ProblemId).Intersect(result.Test.Select(e => e.ProblemId)));
        Assert.All(result.Train, e => Assert.Equal(e.Verdict == PairVerdict.A ? "s9" : "s1", e.CandidateA));
        Assert.Contains(result.Train, e => e.Verdict == PairVerdict.A);
        Assert.Contains(result.Train, e => e.Verdict == PairVerdict.B);
    }

    [Theory]
    [InlineData("inconsistent", "pairsInconsistent")]
    [InlineData("reversed", "pairsDisagreesWithPrm")]
    [InlineData("tie", "pairsNoPreference")]
    [InlineData("garbled", "pairsUnparsed")]
    public async Task A_pair_dropped_by_the_filter_is_counted_under_its_reason_and_written_nowhere(string annotator, string counter)
    {
        // Given an annotator that is position-biased, reversed, undecided or unreadable
        using var dir = new TempDir();
        Func<string, string, JudgeVerdict> rule = annotator switch
        {
            "inconsistent" => (_, _) => JudgeVerdict.A,
            "reversed" => (a, b) => RuleJudge.Rank(a) > RuleJudge.Rank(b) ? JudgeVerdict.B : JudgeVerdict.A,
            "tie" => (_, _) => JudgeVerdict.Tie,
            _ => (_, _) => JudgeVerdict.Unparsed,
        };

        // When EFT is built
        var result = await Build(dir.Path, Policy(), Annotator(rule));

        // Then no example is written and every candidate pair is counted under the reason
        Assert.Empty(result.Train);
        Assert.Empty(result.Test);
        Assert.Equal(20, result.Counts[counter]);
        Assert.Equal(0, result.Counts["pairsKept"]);
    }

    [Fact]
    public async Task A_build_stopped_midway_resumes_to_the_result_of_an_uninterrupted_build_without_redoing_a_problem()
    {
        // Given an uninterrupted build and a build cancelled during its second batch
        using var whole = new TempDir();
        using var cut = new TempDir();
        var expected = await Build(whole.Path, Policy(), Annotator());
        using var cts = new CancellationTokenSource();
        var stopping = new FuncPolicy((p, i) =>
        {
            if (p.QuestionId == "p5")
                cts.Cancel();
            return FuncPolicy.Step(new[] { "s5", "s9", "s1" }[i]);
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Build(cut.Path, stopping, Annotator(), cts.Token));

        // When the build is run again on the same progress log
        var resumed = Policy();
        var result = await Build(cut.Path, resumed, Annotator());

        // Then the examples equal the uninterrupted ones and only the unfinished problems were walked again
        Assert.Equal(expected.Train, result.Train);
        Assert.Equal(expected.Test, result.Test);
        Assert.Equal(expected.Counts, result.Counts);
        Assert.DoesNotContain(resumed.Seen, s => s.Prefix.QuestionId is "p0" or "p1" or "p2" or "p3");
    }

    [Fact]
    public async Task Real_examples_are_read_unchanged_by_the_judge_accuracy_evaluation()
    {
        // Given built examples (multi-line question) and a run directory
        using var dir = new TempDir();
        var result = await Build(dir.Path, Policy(), Annotator());
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), RunPresets.Smoke);
        var context = new StageContext(run, new StageId(1, "eval"), 1);
        Directory.CreateDirectory(context.Directory);
        var judge = Annotator();

        // When the judge-accuracy evaluation judges them in both orders
        var records = await JudgeEvaluation.RunAsync(context, judge, result.Train, 8, _ => { }, default);

        // Then it rebuilds each comparison from the record, and a judge agreeing with the PRM scores 100 %
        Assert.Equal(2 * result.Train.Count, records.Count);
        Assert.All(records, r => Assert.True(r.Correct));
        Assert.All(judge.Seen, c => Assert.StartsWith("Question", c.Question, StringComparison.Ordinal));
        Assert.Contains(judge.Seen, c => c.PreviousSteps.SequenceEqual(["s9"]));
    }

    [Fact]
    public void The_split_is_a_seeded_function_of_the_problem_id_close_to_the_test_fraction()
    {
        // Given a thousand problem ids
        var ids = Enumerable.Range(0, 1000).Select(i => $"gsm8k-{i}").ToList();

        // When each is assigned twice with the same seed, and with another seed
        var first = ids.Select(id => EftSplit.IsTest(1, id, 0.1)).ToList();
        var again = ids.Select(id => EftSplit.IsTest(1, id, 0.1)).ToList();
        var other = ids.Select(id => EftSplit.IsTest(2, id, 0.1)).ToList();

        // Then the assignment repeats, about a tenth are test, another seed picks other problems, and 0 picks none
        Assert.Equal(first, again);
        Assert.InRange(first.Count(t => t), 70, 130);
        Assert.NotEqual(first, other);
        Assert.DoesNotContain(ids, id => EftSplit.IsTest(1, id, 0));
    }
}

using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Studies.Measurement;
using Psr.Roles;
using Psr.World.Oracle;
using Psr.World.Presets;
using Psr.World.Problems;
using Psr.World.Splits;

namespace Psr.Studies.Tests.Measurement;

public sealed class SearchMeasurementTests
{
    private static readonly IReadOnlyList<WorldProblem> Problems =
        new ProblemSource(WorldPresets.Default.Problems, WorldPresets.Default.Splits).Draw(WorldSplit.Test, 12, 2);

    private static readonly SearchConfig Config = new() { Width = 2, ActiveQuestions = 5 };

    [Fact]
    public async Task With_the_oracle_judge_the_search_always_keeps_the_right_step_and_every_pair_agrees()
    {
        // Given a policy offering the gold step and a wrong one at every prefix
        // When searched with the oracle judge
        var outcome = await SearchMeasurement.RunAsync("oracle", new GoldOrWrongPolicy(), new OracleStepJudge(), Problems, Config, 1);

        // Then every solution is right and every pair (one per step) agrees with the oracle
        var steps = Problems.Sum(p => p.GoldSteps.Count);
        Assert.Equal(1.0, outcome.Accuracy.Value);
        Assert.Equal((steps, steps, 0), (outcome.KeptPairs.Pairs, outcome.KeptPairs.Agree, outcome.KeptPairs.Reversed));
        Assert.Equal(1.0, outcome.KeptPairs.Agreement.Value);
    }

    [Fact]
    public async Task A_judge_that_prefers_the_wrong_step_gives_reversed_pairs_and_no_right_answers()
    {
        // Given the same policy and a judge that inverts the oracle
        var judge = new InvertedJudge();

        // When searched (the self-judged filter is off: this judge writes no labels anyway)
        var outcome = await SearchMeasurement.RunAsync("inverted", new GoldOrWrongPolicy(), judge, Problems, Config with { SelfJudgedFilter = false }, 1);

        // Then no answer is right and the first step's pair of each question is reversed (later ones follow a wrong prefix)
        Assert.Equal(0.0, outcome.Accuracy.Value);
        Assert.Equal(0, outcome.ScoredPairs.Agree);
        Assert.Equal(Problems.Count, outcome.ScoredPairs.Reversed);
        Assert.Equal(0.0, outcome.ScoredPairs.Agreement.Value);
    }

    /// <summary>At a correct prefix: [gold next step, the same with its last digit set to 0]; after a wrong one: two impossible answers.</summary>
    private sealed class GoldOrWrongPolicy : IStepPolicy
    {
        public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
            IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
        {
            IReadOnlyList<IReadOnlyList<StepCandidate>> result = prefixes.Select(Candidates).ToList();
            return Task.FromResult(result);
        }

        private static IReadOnlyList<StepCandidate> Candidates(StepPrefix p)
        {
            var expression = ExpressionParser.Parse(p.Question);
            if (!WorldPosition.TryCreate(expression, p.PreviousSteps, out var position))
                return [new("The answer is \\boxed{100000}", CandidateEnd.EndOfSequence), new("The answer is \\boxed{100001}", CandidateEnd.EndOfSequence)];
            var gold = position.GoldNextStep;
            var final = position.Done;
            var wrong = gold[..^(final ? 2 : 1)] + (final ? "0}" : "0");
            var end = final ? CandidateEnd.EndOfSequence : CandidateEnd.StepBoundary;
            return [new(gold, end), new(wrong == gold ? gold + "1" : wrong, end)];
        }
    }

    private sealed class InvertedJudge : IStepJudge
    {
        public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
        {
            IReadOnlyList<StepJudgment> result = comparisons.Select(c => OracleStepJudge.Judge(c) switch
            {
                { Verdict: JudgeVerdict.A } => new StepJudgment(JudgeVerdict.B, StepCorrectness.Unknown, StepCorrectness.Unknown, ""),
                { Verdict: JudgeVerdict.B } => new StepJudgment(JudgeVerdict.A, StepCorrectness.Unknown, StepCorrectness.Unknown, ""),
                // Never tie (the shorter-sorting text wins in both orders), so a wrong path is not rolled back forever.
                _ => new StepJudgment(string.CompareOrdinal(c.CandidateA, c.CandidateB) < 0 ? JudgeVerdict.A : JudgeVerdict.B,
                    StepCorrectness.Unknown, StepCorrectness.Unknown, ""),
            }).ToList();
            return Task.FromResult(result);
        }
    }
}

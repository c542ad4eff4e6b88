using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Roles;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.WorldModels;
using static TorchSharp.torch;

namespace Psr.Pipeline.Tests.Adapters;

public sealed class GeneratorAdapterTests
{
    private static TextGenerator NewGenerator()
    {
        var tokenizer = WorldTokenizer.Create();
        var model = Qwen2ForCausalLM.Create(WorldModelShape.For(ModelSize.Tiny, tokenizer.VocabSize) with { NumHiddenLayers = 1 }, CPU, ModelDtype.Float32, 3);
        model.eval();
        return new TextGenerator(model, tokenizer);
    }

    [Fact]
    public async Task The_policy_returns_width_one_line_candidates_per_prefix_that_depend_only_on_their_own_seed()
    {
        // Given an untrained model (it writes arbitrary characters, newlines included)
        var policy = new GeneratorStepPolicy(NewGenerator());
        var sampling = new StepSampling(4, 1.0, 0.95, 12);
        var mine = new StepPrefix("q1", "(8+3)*6+7=?", ["Step 1: 8+3=11"], 77);

        // When a prefix is sampled alone and together with another prefix
        var alone = await policy.SampleAsync([mine], sampling, CancellationToken.None);
        var batched = await policy.SampleAsync([new StepPrefix("q2", "2*3+4=?", [], 5), mine], sampling, CancellationToken.None);

        // Then each prefix gets exactly 4 candidates, none spans two lines, and the shared prefix's candidates are identical
        Assert.All(batched, list => Assert.Equal(4, list.Count));
        Assert.All(batched.SelectMany(l => l), c => Assert.DoesNotContain('\n', c.Text));
        Assert.Equal(alone[0], batched[1]);
    }

    [Fact]
    public async Task The_judge_returns_one_judgment_per_comparison_and_counts_unparsed_output_as_data()
    {
        // Given an untrained model as judge (its output has no verdict token)
        var judge = new GeneratorStepJudge(NewGenerator(), maxJudgeTokens: 16);
        var comparisons = Enumerable.Range(0, 3)
            .Select(i => new StepComparison($"q{i}", "(8+3)*6+7=?", [], "Step 1: 8+3=11", "Step 1: 8+3=12", 0)).ToList();

        // When judged
        var judgments = await judge.JudgeAsync(comparisons, CancellationToken.None);

        // Then there is one judgment per comparison; untrained output is unparsed with its raw text kept
        Assert.Equal(3, judgments.Count);
        Assert.All(judgments, j => Assert.True(j.Verdict == JudgeVerdict.Unparsed ? j.Raw.Length > 0 : j.Parsed));
    }

    [Fact]
    public async Task The_own_step_judge_writes_each_positions_next_step_greedily_and_shows_its_operation_in_the_prompt()
    {
        // Given an untrained model as judge, and comparisons at two positions (one of them twice)
        var generator = NewGenerator();
        var judge = new GeneratorStepJudge(generator, maxJudgeTokens: 16, ownStep: true);
        var comparisons = new[]
        {
            new StepComparison("q1", "(8+3)*6+7=?", [], "Step 1: 8+3=11", "Step 1: 8+3=12", 0),
            new StepComparison("q2", "(8+3)*6+7=?", ["Step 1: 8+3=11"], "Step 2: 11*6=66", "Step 2: 11*6=56", 0),
            new StepComparison("q1", "(8+3)*6+7=?", [], "Step 1: 8+3=12", "Step 1: 8+3=11", 0),
        };

        // When judged, and each position's own step and prompt are made by hand with the same generator
        var judgments = await judge.JudgeAsync(comparisons, CancellationToken.None);
        var greedy = new SamplingOptions { Temperature = 0, MaxNewTokens = 48, StopStrings = [PolicyPrompt.LineEnd] };
        var expected = comparisons.Select(c =>
        {
            var own = Psr.World.Judging.OwnStep.FromStep(generator.Sample([new GenerationRequest(PolicyPrompt.Format(c.Question, c.PreviousSteps))], greedy)[0].Text);
            var prompt = Psr.World.Judging.JudgePrompt.Format(c.Question, c.PreviousSteps, c.CandidateA, c.CandidateB, own);
            return generator.Sample([new GenerationRequest(prompt)], new SamplingOptions { Temperature = 0, MaxNewTokens = 16, StopStrings = ["]]"] })[0].Text;
        }).ToList();

        // Then every judgment is the output of the prompt that carries its position's own step
        Assert.Equal(expected, judgments.Select(j => j.Raw).ToList());
    }

    [Fact]
    public async Task The_outcome_scorer_gives_each_solution_the_scores_it_gets_alone_when_solutions_of_many_lengths_share_a_call()
    {
        // Given 40 whole solutions of one to eight steps (their prompts fall into several length buckets), each with its own seed
        var scorer = new GeneratorSolutionScorer(NewGenerator(), new OutcomeConfig { MaxScoreTokens = 6 });
        var requests = Enumerable.Range(0, 40).Select(i => new ScoreRequest("(8+3)*6+7=?",
            string.Join("\n", Enumerable.Range(1, 1 + i % 8).Select(k => $"Step {k}: 8+3=11")), (ulong)(100 + i))).ToList();
        Assert.True(LengthBuckets.Of(requests.Select(r => r.Solution.Length).ToList(), scorer.Samples).Count > 1);

        // When they are scored in one call, and a few of them alone
        var together = await scorer.ScoreAsync(requests, CancellationToken.None);

        // Then every solution gets its samples, and each equals what it gets alone
        Assert.Equal(40, together.Count);
        Assert.All(together, s => Assert.Equal(scorer.Samples, s.Count));
        foreach (var i in new[] { 0, 7, 21, 39 })
            Assert.Equal((await scorer.ScoreAsync([requests[i]], CancellationToken.None))[0], together[i]);
    }
}

using Psr.Pipeline.SeedData;
using Psr.World.Eft;
using Psr.World.Oracle;
using Psr.World.Presets;
using Psr.World.Splits;

namespace Psr.Pipeline.Tests.SeedData;

public sealed class SeedDataTests
{
    private static readonly WorldPreset Preset = WorldPresets.Default;

    [Fact]
    public void The_policy_prompt_is_the_question_line_then_one_line_per_accepted_step()
    {
        // Given a question and two accepted steps
        // When the prompt is formatted
        var prompt = PolicyPrompt.Format("(8+3)*6+7=?", ["Step 1: 8+3=11", "Step 2: 11*6=66"]);

        // Then every line ends with a newline, so the next step is the next line
        Assert.Equal("(8+3)*6+7=?\nStep 1: 8+3=11\nStep 2: 11*6=66\n", prompt);
    }

    [Fact]
    public void Ift_examples_are_gold_solutions_the_oracle_scores_fully_correct_and_the_tokenizer_encodes()
    {
        // Given 200 default training problems
        var problems = new ProblemSource(Preset.Problems, Preset.Splits).Draw(WorldSplit.Train, 200, 3);
        var tokenizer = WorldTokenizer.Create();

        // When IFT examples are built
        var examples = IftExamples.From(problems);

        // Then each prompt is the question line, each response a fully correct process, and every text encodes
        Assert.All(examples.Zip(problems), x =>
        {
            Assert.Equal(x.Second.Question + "\n", x.First.Prompt);
            Assert.True(StepOracle.ScoreSolution(x.Second.Expression, x.First.Response).ProcessCorrect);
            Assert.Equal(x.First.Prompt.Length + x.First.Response.Length, tokenizer.Encode(x.First.Prompt + x.First.Response).Length);
        });
    }

    [Fact]
    public void Eft_examples_are_judge_prompts_with_the_written_check_as_response_and_encode()
    {
        // Given a sampler over 100 problems
        var problems = new ProblemSource(Preset.Problems, Preset.Splits).Draw(WorldSplit.Train, 100, 4);
        var sampler = new EftSampler(Preset.Eft, problems);
        var tokenizer = WorldTokenizer.Create();

        // When 300 examples are drawn twice with the same seed
        var drawn = EftExamples.Draw(sampler, 300, 9);
        var again = EftExamples.Draw(sampler, 300, 9);
        var sft = EftExamples.ToSft(drawn);

        // Then the draw is reproducible and each SFT example is (prompt, target) in the world alphabet
        Assert.Equal(drawn, again);
        Assert.All(sft.Zip(drawn), x =>
        {
            Assert.Equal((x.Second.Prompt, x.Second.Target), (x.First.Prompt, x.First.Response));
            Assert.NotEmpty(tokenizer.Encode(x.First.Prompt + x.First.Response));
        });
    }
}

using Psr.Pipeline.SeedData;
using Psr.World.Eft;
using Psr.World.Judging;
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

    [Fact]
    public void An_own_step_examples_question_and_previous_steps_are_read_back_without_its_own_line()
    {
        // Given the same draws with and without the judge's own step in the prompt
        var problems = new ProblemSource(Preset.Problems, Preset.Splits).Draw(WorldSplit.Train, 100, 4);
        var own = EftExamples.Draw(new EftSampler(Preset.Eft with { Style = new CheckStyle(JudgeCheck.OwnStep) }, problems), 200, 9);
        var plain = EftExamples.Draw(new EftSampler(Preset.Eft with { Style = new CheckStyle(JudgeCheck.ReadyFirst) }, problems), 200, 9);

        // Then the parts read back are the same (the Own: line is not a previous step), and a tampered prompt is refused
        Assert.Contains(own, e => e.Prompt.Contains("\nStep 1: ", StringComparison.Ordinal));
        Assert.Equal(plain.Select(EftPromptParts.Read).Select(p => (p.Question, string.Join('|', p.Previous))),
            own.Select(EftPromptParts.Read).Select(p => (p.Question, string.Join('|', p.Previous))));
        var tampered = own[0] with { Prompt = own[0].Prompt.Replace("Own: ", "Own:  ", StringComparison.Ordinal) };
        Assert.Throws<Psr.Core.Errors.PsrException>(() => EftPromptParts.Read(tampered));
    }
}


using Psr.Extensions.RealData.Segmentation;

namespace Psr.Extensions.RealData.Tests.Segmentation;

public sealed class Gsm8kStepSplitterTests
{
    [Theory]
    // line 1: two reasoning lines, annotations removed, the #### line becomes the boxed final step
    [InlineData(1, new[] { " Natalia sold 48/2 = 24 clips in May.", " Natalia sold 48+24 = 72 clips altogether in April and May.", " The answer is \\boxed{72}." })]
    // line 2: a '$' before the annotation stays with the result
    [InlineData(2, new[] { " Weng earns 12/60 = $0.2 per minute.", " Working 50 minutes, she earned 0.2 x 50 = $10.", " The answer is \\boxed{10}." })]
    // line 2816: an empty line between reasoning lines is not a step
    [InlineData(2816, new[] { " Terry will be 4*10=40 years old in 10 years", " Currently, Terry is 40-10 = 30 years old.", " The answer is \\boxed{30}." })]
    public void A_real_gsm8k_train_solution_becomes_one_step_per_reasoning_line_and_a_boxed_final_step(int line, string[] expected)
    {
        // Given a real GSM8K train solution
        var solution = Gsm8kTrainLines.Answer(line);

        // When it is split
        var split = Gsm8kStepSplitter.Split(solution);

        // Then every non-empty reasoning line is a step without its calculator annotations, and the answer is boxed last
        Assert.True(split.IsSplit);
        Assert.Equal(expected, split.Steps);
    }

    [Fact]
    public void A_final_answer_with_thousands_commas_is_boxed_as_written()
    {
        // Given line 346, whose final answer is written "1,080"
        var split = Gsm8kStepSplitter.Split(Gsm8kTrainLines.Answer(346));

        // Then the final step boxes it unchanged (the grader removes commas)
        Assert.Equal(" The answer is \\boxed{1,080}.", split.Steps[^1]);
        Assert.DoesNotContain(split.Steps, s => s.Contains("<<", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_gsm8k_train_solution_splits()
    {
        // Given all 7,473 GSM8K train solutions
        var answers = File.ReadLines(Gsm8kTrainLines.Path).Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!["answer"]!.GetValue<string>()).ToList();

        // When each is split
        var splits = answers.Select(Gsm8kStepSplitter.Split).ToList();

        // Then none fails, and every one ends in a boxed step after at least one reasoning step
        Assert.Equal(7473, splits.Count);
        Assert.All(splits, s => Assert.Equal(SegmentFailure.None, s.Failure));
        Assert.All(splits, s => Assert.True(s.Steps.Count >= 2 && s.Steps[^1].Contains("\\boxed{", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("She has 3 apples.\nShe eats 1.", SegmentFailure.NoFinalAnswerLine)]
    [InlineData("She has 3 apples.\n####  ", SegmentFailure.EmptyFinalAnswer)]
    [InlineData("\n#### 3", SegmentFailure.NoReasoningLines)]
    [InlineData("<<1+2=3>>\n#### 3", SegmentFailure.NoReasoningLines)]
    [InlineData("She has 1+2=<<1+2=3 apples.\n#### 3", SegmentFailure.UnclosedAnnotation)]
    public void A_solution_that_cannot_be_split_names_the_reason(string solution, SegmentFailure expected)
    {
        // When a malformed solution is split
        var split = Gsm8kStepSplitter.Split(solution);

        // Then it is a failure with that reason and no steps
        Assert.Equal(expected, split.Failure);
        Assert.Empty(split.Steps);
    }
}

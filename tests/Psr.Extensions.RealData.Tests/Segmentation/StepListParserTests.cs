using Psr.Extensions.RealData.Segmentation;

namespace Psr.Extensions.RealData.Tests.Segmentation;

public sealed class StepListParserTests
{
    [Theory]
    [InlineData("Step 1: a = 2.\nStep 2: So \\boxed{2}.", new[] { " a = 2.", " So \\boxed{2}." })]
    [InlineData("\n  Step 1:a = 2\nStep 2:   b = 3\nStep 3: \\boxed{5}\n", new[] { " a = 2", " b = 3", " \\boxed{5}" })]
    [InlineData("Step 1: a = 2\nso a is even.\nStep 2: \\boxed{2}", new[] { " a = 2\nso a is even.", " \\boxed{2}" })]
    [InlineData("Step 1: The answer is \\boxed{7}.", new[] { " The answer is \\boxed{7}." })]
    public void A_well_formed_segmentation_gives_its_steps_in_order(string output, string[] expected)
    {
        // When a segmenter answer is parsed
        var parsed = StepListParser.Parse(output);

        // Then the steps are the texts after the headers
        Assert.True(parsed.IsSplit);
        Assert.Equal(expected, parsed.Steps);
    }

    [Theory]
    [InlineData("", SegmentFailure.NoSteps)]
    [InlineData("The solution is: a = 2, \\boxed{2}", SegmentFailure.NoSteps)]
    [InlineData("Here are the steps:\nStep 1: \\boxed{2}", SegmentFailure.StepsOutOfOrder)]
    [InlineData("Step 1: a\nStep 3: \\boxed{2}", SegmentFailure.StepsOutOfOrder)]
    [InlineData("Step 2: a\nStep 3: \\boxed{2}", SegmentFailure.StepsOutOfOrder)]
    [InlineData("Step 1:   \nStep 2: \\boxed{2}", SegmentFailure.EmptyStep)]
    [InlineData("Step 1: a = 2\nStep 2: so a = 2.", SegmentFailure.NoBoxedAnswer)]
    public void An_unparseable_segmentation_is_a_counted_failure(string output, SegmentFailure expected)
    {
        // When a malformed segmenter answer is parsed
        var parsed = StepListParser.Parse(output);

        // Then it is a failure with that reason
        Assert.Equal(expected, parsed.Failure);
    }

    [Fact]
    public void The_segmentation_prompt_is_figure_3_with_the_question_and_solution_in_their_blocks()
    {
        // When the prompt is filled
        var prompt = SegmentationPrompt.Format("What is 1+1?", "1+1=2\n#### 2");

        // Then it starts with Figure 3's instruction and frames both texts
        Assert.StartsWith("There is a math problem and its corresponding solution. Please divide the given solution into individual steps logically.", prompt, StringComparison.Ordinal);
        Assert.Contains("Do not omit the final answer that is placed in \\boxed{}.\n\n[The Start of Question Provided]\nWhat is 1+1?\n[The End of Question Provided]\n\n", prompt, StringComparison.Ordinal);
        Assert.EndsWith("[The Start of Solution Provided]\n1+1=2\n#### 2\n[The End of Solution Provided]", prompt, StringComparison.Ordinal);
    }
}

using Psr.Training.Data;

namespace Psr.Training.Tests.Data;

public sealed class PromptCompletionTests
{
    [Theory]
    [InlineData(3, 2, 10, 0, "1,2,3,11,12", 3, false)] // fits: unchanged
    [InlineData(3, 2, 4, 0, "2,3,11,12", 2, true)] // prompt cut from the left
    [InlineData(3, 2, 2, 0, "11,12", 0, true)] // prompt dropped entirely
    [InlineData(3, 2, 1, 0, "11", 0, true)] // then the completion cut from the right
    [InlineData(3, 2, 4, 3, "3,11,12", 1, true)] // room reserved for a longer sibling completion
    public void Join_cuts_the_prompt_from_the_left_first(
        int promptLength, int completionLength, int max, int room, string expected, int expectedPrompt, bool truncated)
    {
        // Given prompt ids 1..promptLength and completion ids 11..
        var prompt = Enumerable.Range(1, promptLength).ToArray();
        var completion = Enumerable.Range(11, completionLength).ToArray();

        // When
        var joined = PromptCompletion.Join(prompt, completion, max, room);

        // Then
        Assert.Equal(expected, string.Join(",", joined.Ids));
        Assert.Equal(expectedPrompt, joined.PromptLength);
        Assert.Equal(truncated, joined.Truncated);
    }
}

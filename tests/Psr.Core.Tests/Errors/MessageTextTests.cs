using Psr.Core.Errors;

namespace Psr.Core.Tests.Errors;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("model.norm.weight", "model.norm.weight")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("tab\there\r", "tab\\there\\r")]
    [InlineData("bell\u0007 and \u0085 and é", "bell\\u0007 and \\u0085 and é")]
    [InlineData("", "")]
    public void Control_characters_are_escaped_and_the_rest_is_kept(string text, string shown)
    {
        // Given text from a user's file, When it is shown in a message, Then it is one line with nothing else changed
        Assert.Equal(shown, MessageText.OneLine(text));
    }
}

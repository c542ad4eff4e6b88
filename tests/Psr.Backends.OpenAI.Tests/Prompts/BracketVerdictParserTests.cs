using Psr.Backends.OpenAI.Prompts;
using Psr.Roles;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Tests.Prompts;

public sealed class BracketVerdictParserTests
{
    [Theory]
    [InlineData("Step A is correct. [[A]]", JudgeVerdict.A)]
    [InlineData("[[B]]", JudgeVerdict.B)]
    [InlineData("The format is \"[[A]]\" or \"[[B]]\". Verdict: [[A]]", JudgeVerdict.A)]
    [InlineData("[[A]] at first, but finally [[B]]", JudgeVerdict.B)]
    [InlineData("[A] or [[C]]", JudgeVerdict.Unparsed)]
    [InlineData("", JudgeVerdict.Unparsed)]
    [InlineData("[[a]]", JudgeVerdict.Unparsed)]
    public void The_last_bracketed_verdict_wins(string text, JudgeVerdict expected)
    {
        // Given a judge answer / When it is parsed / Then the last [[A]] or [[B]] decides
        var judgment = new BracketVerdictParser().Parse(text);
        Assert.Equal(expected, judgment.Verdict);
        Assert.Equal(text, judgment.Raw);
    }
}

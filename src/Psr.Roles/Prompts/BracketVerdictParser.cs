using Psr.Roles;

namespace Psr.Roles.Prompts;

/// <summary>
/// The paper's verdict format: the last <c>[[A]]</c> or <c>[[B]]</c> in the answer wins (the explanation comes
/// first and may quote the format); neither → <see cref="JudgeVerdict.Unparsed"/>. The format has no tie.
/// </summary>
public sealed class BracketVerdictParser : IVerdictParser
{
    /// <inheritdoc />
    public (string A, string B) VerdictTokens => ("A", "B");

    /// <inheritdoc />
    public string VerdictOpener => "[[";

    /// <inheritdoc />
    public StepJudgment Parse(string text)
    {
        var a = text.LastIndexOf("[[A]]", StringComparison.Ordinal);
        var b = text.LastIndexOf("[[B]]", StringComparison.Ordinal);
        var verdict = (a, b) switch
        {
            (< 0, < 0) => JudgeVerdict.Unparsed,
            _ when a > b => JudgeVerdict.A,
            _ => JudgeVerdict.B,
        };
        return new StepJudgment(verdict, StepCorrectness.Unknown, StepCorrectness.Unknown, text);
    }
}

using System.Text.RegularExpressions;

namespace Psr.Eval.Extraction;

/// <summary>
/// Extracts the final answer from a model's solution text, following grader-notes §7 in priority order: the last
/// <c>\boxed{}</c> (nested braces; an unclosed last box gives none), the Minerva form, the last "answer is", the last
/// <c>####</c>; otherwise none, unless <see cref="ExtractFallback.LastNumber"/> is chosen.
/// </summary>
public static partial class AnswerExtractor
{
    private const string Boxed = "\\boxed";

    /// <summary>The extracted answer, or null when the output has none.</summary>
    public static string? Extract(string? output, ExtractOptions? options = null) =>
        ExtractWithRule(output, options).Answer;

    /// <summary>The extracted answer together with the rule that produced it.</summary>
    public static ExtractedAnswer ExtractWithRule(string? output, ExtractOptions? options = null)
    {
        if (string.IsNullOrEmpty(output))
            return ExtractedAnswer.None;
        options ??= ExtractOptions.Default;
        var text = output.Replace("ки", "");
        if (text.Contains(Boxed, StringComparison.Ordinal))
            return LastBoxed(text) is { } boxed ? new ExtractedAnswer(boxed, ExtractionRule.Boxed) : ExtractedAnswer.None;
        if (Minerva(text) is { } minerva)
            return new ExtractedAnswer(minerva, ExtractionRule.Minerva);
        if (AfterLast(text, "answer is") is { } stated)
            return Answer(CleanStated(stated), ExtractionRule.AnswerIs);
        if (AfterLast(text, "####") is { } hashed)
            return Answer(FirstLine(hashed).Trim(), ExtractionRule.Hashes);
        if (options.Fallback == ExtractFallback.LastNumber && LastNumber(text) is { } number)
            return new ExtractedAnswer(number, ExtractionRule.LastNumber);
        return ExtractedAnswer.None;
    }

    private static ExtractedAnswer Answer(string answer, ExtractionRule rule) =>
        answer.Length == 0 ? ExtractedAnswer.None : new ExtractedAnswer(answer, rule);

    /// <summary>The content of the last <c>\boxed</c>; null when that box is unclosed (truncated output).</summary>
    private static string? LastBoxed(string text)
    {
        var start = text.LastIndexOf(Boxed, StringComparison.Ordinal) + Boxed.Length;
        var i = start;
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i < text.Length && text[i] == '{')
        {
            var depth = 0;
            for (var j = i; j < text.Length; j++)
            {
                if (text[j] == '{') depth++;
                else if (text[j] == '}' && --depth == 0) return text[(i + 1)..j].Trim();
            }
            return null;
        }
        // \boxed 5: the next token, up to whitespace or $.
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '$')
            end++;
        return end > i ? text[i..end] : null;
    }

    private static string? Minerva(string text)
    {
        const string head = "final answer is $", tail = "$. I hope";
        var start = text.LastIndexOf(head, StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += head.Length;
        var end = text.IndexOf(tail, start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end].Trim();
    }

    private static string? AfterLast(string text, string marker)
    {
        var index = text.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : text[(index + marker.Length)..];
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n');
        return newline < 0 ? text : text[..newline];
    }

    /// <summary>"answer is: $18$." gives <c>18</c>: to the end of the line or sentence, wrappers and final period removed.</summary>
    private static string CleanStated(string rest)
    {
        var s = FirstLine(rest).Trim();
        s = SentenceEnd().Split(s, 2)[0].Trim();
        if (s.StartsWith(':'))
            s = s[1..].Trim();
        s = s.TrimEnd('.').TrimEnd();
        if (s.Length >= 2 && s[0] == '$' && s[^1] == '$' && s.IndexOf('$', 1) == s.Length - 1)
            s = s[1..^1].Trim();
        else if (s.StartsWith("$$", StringComparison.Ordinal) && s.EndsWith("$$", StringComparison.Ordinal) && s.Length >= 4)
            s = s[2..^2].Trim();
        if (s.StartsWith("\\(", StringComparison.Ordinal) && s.EndsWith("\\)", StringComparison.Ordinal) && s.Length >= 4)
            s = s[2..^2].Trim();
        return s.TrimEnd('.').TrimEnd();
    }

    private static string? LastNumber(string text)
    {
        var matches = Number().Matches(ThousandsComma().Replace(text, ""));
        return matches.Count == 0 ? null : matches[^1].Value;
    }

    // A sentence ends at ". " followed by a capital letter outside math ("is 18. Next, ..."); decimals have no space.
    [GeneratedRegex(@"\.\s+(?=[A-Z])", RegexOptions.None, 500)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=\d),(?=\d)", RegexOptions.None, 500)]
    private static partial Regex ThousandsComma();

    [GeneratedRegex(@"-?\d*\.?\d+", RegexOptions.None, 500)]
    private static partial Regex Number();
}

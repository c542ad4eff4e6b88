using System.Text;
using System.Text.RegularExpressions;

namespace Psr.Eval.Grading;

/// <summary>
/// Removes the formatting that does not change an answer's value (grader-notes §6 "Formatting", "Numbers",
/// "Units/symbols after a number"): math delimiters, spacing, <c>\left/\right</c>, <c>\dfrac</c>, degree and percent
/// signs, currency, units after a number (together with their exponent), <c>\text{}</c> wrappers, thousands
/// separators, number words. Only a unit that follows a number is removed, so variables are never eaten.
/// </summary>
internal static partial class AnswerNormalizer
{
    private const int RegexTimeoutMs = 200;
    private const string RowBreakPlaceholder = "\u0001";
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\$%~^°{к");

    private static readonly (string From, string To)[] Replacements =
    [
        ("ки", ""), ("\\$", ""), ("$", ""), ("\\(", ""), ("\\)", ""), ("\\[", ""), ("\\]", ""),
        ("\\!", ""), ("\\,", " "), ("\\;", " "), ("\\:", " "), ("\\ ", " "), ("~", " "), ("\\quad", " "), ("\\qquad", " "),
        ("\\dfrac", "\\frac"), ("\\tfrac", "\\frac"), ("\\cfrac", "\\frac"), ("\\dbinom", "\\binom"), ("\\tbinom", "\\binom"),
        ("\\leqslant", "\\le"), ("\\geqslant", "\\ge"), ("\\leq", "\\le"), ("\\geq", "\\ge"), ("\\neq", "\\ne"),
        ("bmatrix", "pmatrix"), ("vmatrix", "pmatrix"), ("Bmatrix", "pmatrix"), ("\\end{array}", "\\end{pmatrix}"),
        ("^{\\circ}", ""), ("^\\circ", ""), ("\\circ", ""), ("°", ""), ("\\degree", ""), ("\\%", ""), ("%", ""),
        ("\\emptyset", "\\{\\}"), ("\\varnothing", "\\{\\}"), ("{,}", ","), ("\\infin", "\\infty"), ("infinity", "\\infty"),
        ("\\lvert", "|"), ("\\rvert", "|"), ("\\vert", "|"), ("\\mid", "|"), ("\\colon", ":"),
    ];

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6",
        ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
        ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17",
        ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30", ["forty"] = "40",
        ["fifty"] = "50", ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90", ["hundred"] = "100",
    };

    /// <summary>The normalised form of <paramref name="answer"/> (spaces kept: they separate LaTeX words).</summary>
    public static string Normalize(string answer)
    {
        // Cheap guards keep the common case (a short number) off the replacement passes and regexes.
        var s = answer.Trim();
        var hasCommand = s.Contains('\\');
        if (s.AsSpan().IndexOfAny(Special) >= 0 || s.Contains("matrix", StringComparison.Ordinal) || s.Contains("infinity", StringComparison.Ordinal))
            s = ApplyReplacements(s);
        if (hasCommand)
        {
            s = SizingCommand().Replace(s, "");
            s = ArrayBegin().Replace(s, "\\begin{pmatrix}");
            s = InPrefix().Replace(s, "");
        }
        if (s.AsSpan().IndexOfAnyInRange('A', 'z') >= 0)
            s = StripUnits(s);
        if (hasCommand)
        {
            s = TextWrapper().Replace(s, "$1");
            s = TextWrapper().Replace(s, "$1"); // a second pass for one level of nesting
        }
        s = Collapse(s);
        if (s.Contains("illion", StringComparison.OrdinalIgnoreCase) || s.Contains("thousand", StringComparison.OrdinalIgnoreCase))
            s = ScaleWord().Replace(s, m => $"{m.Groups[1].Value}\\times10^{{{ScaleExponent(m.Groups[2].Value)}}}");
        if (s.Contains(',') && ThousandsNumber().IsMatch(s))
            s = s.Replace(",", "");
        if (NumberWords.TryGetValue(s, out var digits))
            s = digits;
        return UnwrapOuter(s);
    }

    private static string ApplyReplacements(string s)
    {
        s = ThinSpaceComma().Replace(s, ",");
        // Protect matrix row breaks (\\) from the one-backslash replacements (\  \[ ...).
        var sb = new StringBuilder(s).Replace("\\\\", RowBreakPlaceholder);
        foreach (var (from, to) in Replacements)
            sb.Replace(from, to);
        return UnwrapBoxed(sb.Replace(RowBreakPlaceholder, " \\\\ ").ToString().Trim());
    }

    /// <summary>The comparison key: whitespace removed, lower case.</summary>
    public static string Key(string normalized)
    {
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
            if (!char.IsWhiteSpace(c))
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static string UnwrapBoxed(string s)
    {
        foreach (var box in (ReadOnlySpan<string>)["\\boxed{", "\\fbox{"])
            if (s.StartsWith(box, StringComparison.Ordinal) && s.EndsWith('}') && Brackets.MatchingClose(s, box.Length - 1) == s.Length - 1)
                return s[box.Length..^1].Trim();
        return s;
    }

    /// <summary>Units after a number: <c>\text{ cm}</c>, <c>\mbox{ inches}^2</c>, <c>5 dollars</c>, repeatedly from the end.</summary>
    private static string StripUnits(string s)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            var stripped = TrailingTextUnit().Replace(s, "$1");
            stripped = TrailingUnitWord().Replace(stripped, "$1");
            if (stripped == s)
                break;
            s = stripped;
        }
        return s;
    }

    private static string Collapse(string s)
    {
        s = Whitespace().Replace(s, " ").Trim();
        while (s.Length > 0 && s[^1] == '.')
            s = s[..^1].TrimEnd();
        if (s.StartsWith(':'))
            s = s[1..].TrimStart();
        return s;
    }

    private static int ScaleExponent(string word) => word.ToLowerInvariant() switch
    {
        "thousand" => 3,
        "million" => 6,
        "billion" => 9,
        _ => 12,
    };

    /// <summary>Drops a brace pair around the whole answer, and parentheses around a lone letter or number (<c>(C)</c>).</summary>
    private static string UnwrapOuter(string s)
    {
        while (s.Length >= 2 && s[0] == '{' && Brackets.MatchingClose(s, 0) == s.Length - 1)
            s = s[1..^1].Trim();
        if (LoneParenthesized().Match(s) is { Success: true } m)
            s = m.Groups[1].Value;
        return s;
    }

    [GeneratedRegex(@"\\(?:left|right|bigl|bigr|Bigl|Bigr|big|Big|displaystyle|textstyle)(?![a-zA-Z])", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex SizingCommand();

    [GeneratedRegex(@"\\begin\{array\}\{[^{}]*\}", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex ArrayBegin();

    [GeneratedRegex(@"^\s*(?:[a-zA-Z]|\\[a-zA-Z]+)\s*\\in(?![a-zA-Z])\s*", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex InPrefix();

    [GeneratedRegex(@"([\d}).])\s*\\(?:text|textrm|mbox|mathrm|textnormal)\s*\{\s*[a-zA-Z][a-zA-Z .]*\}(?:\s*\^\s*\{?\s*[23]\s*\}?)?\s*\.?\s*$", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex TrailingTextUnit();

    // Unit words of three or more letters may touch the number ("18dollars"); short ones need a space ("2 m", not "2m").
    [GeneratedRegex(@"([\d}).])(?:\s*(?:(?:square|sq\.?|cubic)\s+)?(?:units?|degrees?|dollars?|cents?|percent|hours?|hrs|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|inch(?:es)?|feet|foot|yards?|miles?|meters?|metres?|centimeters?|millimeters?|kilometers?|grams?|kilograms?|pounds?|lbs|ounces?|liters?|litres?|gallons?|mph|km/h|people|students|ways|points|times|marbles|apples|eggs|pages|books|cookies|cups)|\s+(?:(?:square|sq\.?|cubic)\s+)?(?:in|ft|yd|mi|cm|mm|km|kg|lb|oz|ml|mL|hr|min))(?:\s*\^\s*\{?\s*[23]\s*\}?)?\s*\.?\s*$", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex TrailingUnitWord();

    [GeneratedRegex(@"\\(?:text|textrm|textbf|textit|mbox|mathrm|mathbf|mathit|boldsymbol|textnormal)\s*\{([^{}]*)\}", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex TextWrapper();

    [GeneratedRegex(@",\s*\\!\s*", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex ThinSpaceComma();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(-?\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)$", RegexOptions.IgnoreCase, RegexTimeoutMs)]
    private static partial Regex ScaleWord();

    [GeneratedRegex(@"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex ThousandsNumber();

    [GeneratedRegex(@"^\(\s*([A-Za-z]|\d+)\s*\)$", RegexOptions.None, RegexTimeoutMs)]
    private static partial Regex LoneParenthesized();
}

namespace Psr.World.Oracle;

/// <summary>Finds the integer in the last <c>\boxed{...}</c> of a text (the world's answers are integers).</summary>
public static class AnswerExtractor
{
    private const string Boxed = "\\boxed{";

    /// <summary>Most characters searched, from the end of the text.</summary>
    public const int MaxSearch = 4096;

    /// <summary>The integer in the last <c>\boxed{}</c>, or null when there is none or it is not an integer.</summary>
    public static long? LastBoxedInteger(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        var s = text.AsSpan();
        if (s.Length > MaxSearch)
            s = s[^MaxSearch..];
        var at = s.LastIndexOf(Boxed, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var inner = s[(at + Boxed.Length)..];
        var close = inner.IndexOf('}');
        if (close < 0)
            return null;
        var number = inner[..close].Trim();
        return number.Length is > 0 and <= 13 && long.TryParse(number, System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}

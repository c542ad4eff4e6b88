using System.Globalization;
using System.Text.RegularExpressions;

namespace Psr.Pipeline.Outcome;

/// <summary>
/// Reads the score from a judge output with a regex on <c>Score: &lt;number&gt;</c> (paper-method §5.1). The first
/// match counts (a model that runs past its score babbles); a number outside 0–5 or no match is unparsed (null).
/// </summary>
public static partial class ScoreParser
{
    /// <summary>The highest score of the additive scale.</summary>
    public const double MaxScore = 5;

    /// <summary>The score in <paramref name="output"/>, or null.</summary>
    public static double? Parse(string? output)
    {
        var m = ScorePattern().Match(output ?? "");
        if (!m.Success || !double.TryParse(m.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score))
            return null;
        return score is >= 0 and <= MaxScore ? score : null;
    }

    [GeneratedRegex(@"Score:\s*(\d{1,3}(?:\.\d{1,3})?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ScorePattern();
}

using System.Text;

namespace Psr.Pipeline.Outcome;

/// <summary>
/// The built-in world's whole-solution scoring prompt, in the style of its step judge format (a tiny character-level
/// model cannot use Yuan et al.'s ~1,800-character rubric, so the rubric lives in the targets instead):
/// <code>
/// Score:
/// (8+3)*6+7=?
/// Step 1: 8+3=11
/// Step 2: 11*6=66
/// Step 3: 66+7=73
/// The answer is \boxed{73}
/// Check:
/// </code>
/// The model then writes one check line per solution line up to the first wrong one and <c>Score: k</c>
/// (<see cref="ScoreTargetWriter"/>).
/// </summary>
public static class CompactScorePrompt
{
    /// <summary>First line of every scoring prompt.</summary>
    public const string Header = "Score:";

    /// <summary>Last line of every scoring prompt; the check lines follow.</summary>
    public const string CheckHeader = "Check:";

    /// <summary>Most solution lines shown; a longer solution is cut (and scored as it is shown).</summary>
    public const int MaxLines = 16;

    /// <summary>The prompt for <paramref name="solution"/> (its non-blank lines, trimmed).</summary>
    public static string Format(string question, string solution)
    {
        ArgumentNullException.ThrowIfNull(question);
        var sb = new StringBuilder(64 + (solution?.Length ?? 0));
        sb.Append(Header).Append('\n').Append(question).Append('\n');
        foreach (var line in Lines(solution))
            sb.Append(line).Append('\n');
        return sb.Append(CheckHeader).Append('\n').ToString();
    }

    /// <summary>The solution lines the prompt shows: non-blank, trimmed, at most <see cref="MaxLines"/>.</summary>
    public static IReadOnlyList<string> Lines(string? solution)
    {
        var lines = new List<string>();
        foreach (var line in (solution ?? "").AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            if (lines.Count == MaxLines)
                break;
            lines.Add(line.Trim().ToString());
        }
        return lines;
    }
}

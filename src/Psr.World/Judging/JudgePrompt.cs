using System.Text;

namespace Psr.World.Judging;

/// <summary>
/// The compact judge prompt for a tiny character-level model (the paper's Fig. 5 wording would cost hundreds of
/// characters per call and carries no information the model can use):
/// <code>
/// Judge:
/// (8+3)*6+7=?
/// Step 1: 8+3=11
/// A: Step 2: 11*6=66
/// B: Step 2: 11*6=56
/// Check:
/// </code>
/// The model then writes one check line per candidate and the verdict (<see cref="JudgeExplanationWriter"/>).
/// </summary>
public static class JudgePrompt
{
    /// <summary>Longest candidate text shown; longer text is cut (the check then says <c>bad</c>).</summary>
    public const int MaxCandidateLength = 160;

    /// <summary>
    /// Formats the prompt; a candidate's lines are joined by <c> | </c> to keep one line per candidate. With
    /// <paramref name="ownStep"/> (<see cref="JudgeCheck.OwnStep"/>) an <c>Own:</c> line after the previous steps
    /// carries the model's own next operation (<see cref="OwnStep"/>).
    /// </summary>
    public static string Format(string question, IReadOnlyList<string> previousSteps, string candidateA, string candidateB,
        string? ownStep = null)
    {
        var sb = new StringBuilder(128);
        sb.Append(JudgeFormat.Header).Append('\n').Append(question).Append('\n');
        foreach (var step in previousSteps)
        {
            foreach (var line in step.AsSpan().EnumerateLines())
            {
                if (!line.IsWhiteSpace())
                    sb.Append(line.Trim()).Append('\n');
            }
        }
        if (ownStep is not null)
            AppendCandidate(sb, JudgeFormat.OwnPrefix, ownStep);
        AppendCandidate(sb, "A: ", candidateA);
        AppendCandidate(sb, "B: ", candidateB);
        return sb.Append(JudgeFormat.CheckHeader).Append('\n').ToString();
    }

    /// <summary>One candidate on one line: its non-blank lines trimmed and joined by <c> | </c>.</summary>
    public static string OneLine(string candidate)
    {
        var sb = new StringBuilder(candidate.Length);
        foreach (var line in candidate.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            if (sb.Length > 0)
                sb.Append(" | ");
            sb.Append(line.Trim());
        }
        return sb.Length > MaxCandidateLength ? sb.ToString(0, MaxCandidateLength) : sb.ToString();
    }

    private static void AppendCandidate(StringBuilder sb, string label, string candidate) =>
        sb.Append(label).Append(OneLine(candidate)).Append('\n');
}

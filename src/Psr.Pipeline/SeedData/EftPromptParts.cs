using Psr.Core.Errors;
using Psr.World.Eft;
using Psr.World.Judging;

namespace Psr.Pipeline.SeedData;

/// <summary>
/// Recovers the question and previous steps of an EFT example from its stored compact judge prompt, checking that the
/// prompt is rebuilt exactly (so a record from another source cannot be misread). A seed example's <c>Own:</c> line
/// (<see cref="JudgeCheck.OwnStep"/>) is not a previous step: a judge that needs it writes its own.
/// </summary>
public static class EftPromptParts
{
    /// <summary>The question and previous steps of <paramref name="e"/>; a prompt that is not a rebuildable judge prompt is a <see cref="PsrException"/>.</summary>
    public static (string Question, IReadOnlyList<string> Previous) Read(EftExample e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var lines = e.Prompt.Split('\n');
        if (lines.Length < 5 || lines[0] != JudgeFormat.Header)
            throw new PsrException($"EFT example of {e.ProblemId}: not a judge prompt");
        var previous = lines[2..^4];
        string? own = null;
        if (previous.Length > 0 && previous[^1].StartsWith(JudgeFormat.OwnPrefix, StringComparison.Ordinal))
            (own, previous) = (previous[^1][JudgeFormat.OwnPrefix.Length..], previous[..^1]); // JudgeCheck.OwnStep: the judge writes its own
        if (JudgePrompt.Format(lines[1], previous, e.CandidateA, e.CandidateB, own) != e.Prompt)
            throw new PsrException($"EFT example of {e.ProblemId}: the judge prompt cannot be rebuilt from its parts");
        return (lines[1], previous);
    }
}

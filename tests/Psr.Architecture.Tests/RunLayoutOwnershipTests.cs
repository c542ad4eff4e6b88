using System.Text.RegularExpressions;

namespace Psr.Architecture.Tests;

/// <summary>
/// <c>RunLayout</c> (src/Psr.Pipeline/Runs/RunLayout.cs) is the only owner of stage paths and stage numbering: no
/// other source file spells a <c>"stages/…"</c> path or does the <c>round ± 2</c> arithmetic.
/// </summary>
public sealed partial class RunLayoutOwnershipTests
{
    private const string Owner = "RunLayout.cs";

    [Fact]
    public void No_stages_path_string_outside_RunLayout()
    {
        var hits = Offending(StagesPath());
        Assert.True(hits.Count == 0,
            "stage paths outside RunLayout (ask RunLayout.Artifact / StageFolder / StageDirectory):\n"
            + string.Join("\n", hits));
    }

    [Fact]
    public void No_stage_number_arithmetic_outside_RunLayout()
    {
        var hits = Offending(RoundArithmetic());
        Assert.True(hits.Count == 0,
            "stage-number arithmetic outside RunLayout (ask RunLayout.RoundOf / IterationOf / IsIteration):\n"
            + string.Join("\n", hits));
    }

    [Fact]
    public void The_patterns_catch_what_they_forbid()
    {
        Assert.Matches(StagesPath(), "var f = $\"stages/{id.Folder}/x\";");
        Assert.Matches(StagesPath(), "Path.Combine(root, \"stages\", id.Folder)");
        Assert.Matches(RoundArithmetic(), "new(roundIndex + 2, \"search\")");
        Assert.Matches(RoundArithmetic(), "StageIdOf(model.Round - 2)");
        Assert.Matches(RoundArithmetic(), "new EvaluateStage(config, i + 2, name)");
        Assert.DoesNotMatch(RoundArithmetic(), "config.Rounds.Take(roundIndex + 1)");
    }

    private static List<string> Offending(Regex pattern) =>
        RepoFiles.Sources(RepoFiles.Src, "*.cs")
            .Where(f => Path.GetFileName(f) != Owner)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepoFiles.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

    // A string literal starting a stages path, or the "stages" folder name as a path part.
    [GeneratedRegex("\"stages/|\"stages\"")]
    private static partial Regex StagesPath();

    // A round (or the loop index that stands for one) shifted by the two seed/M1 stage rounds.
    [GeneratedRegex(@"\b([Rr]ound(Index)?|i)\s*[-+]\s*2\b")]
    private static partial Regex RoundArithmetic();
}

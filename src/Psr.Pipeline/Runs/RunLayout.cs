namespace Psr.Pipeline.Runs;

/// <summary>
/// The run directory's layout, in one place: where each stage's folder and artifacts live and how stages are
/// numbered. Stage rounds: 0 = seed data (IFT, EFT), 1 = M1 (init and its evaluation), and iteration <c>i</c> of
/// <c>rounds</c> (0-based, the model M(i+2)) = <c>i + 2</c>. Pipeline stages and Reports ask here; nothing else
/// writes <c>stages/…</c> paths or that arithmetic.
/// </summary>
public static class RunLayout
{
    /// <summary>The folder under the run root that holds one folder per stage.</summary>
    public const string StagesFolder = "stages";

    /// <summary>The stage round of the seed-data stages (IFT, EFT).</summary>
    public const int SeedRound = 0;

    /// <summary>The stage round of M1 (init and its evaluation).</summary>
    public const int InitRound = 1;

    private const int FirstIterationRound = 2;

    /// <summary>The stage round of iteration <paramref name="roundIndex"/> (0-based into <c>rounds</c>).</summary>
    public static int RoundOf(int roundIndex) => roundIndex + FirstIterationRound;

    /// <summary>The iteration (0-based into <c>rounds</c>) of stage round <paramref name="round"/> (≥ 2).</summary>
    public static int IterationOf(int round) => round - FirstIterationRound;

    /// <summary>True when stage round <paramref name="round"/> belongs to a self-rewarding iteration (M2 on).</summary>
    public static bool IsIteration(int round) => round >= FirstIterationRound;

    /// <summary>The run-relative folder of a stage, e.g. <c>stages/02-search</c>.</summary>
    public static string StageFolder(StageId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return $"{StagesFolder}/{id.Folder}";
    }

    /// <summary>The run-relative path of one artifact of a stage, e.g. <c>stages/02-search/pairs.jsonl</c>.</summary>
    public static string Artifact(StageId id, string fileName) => $"{StageFolder(id)}/{fileName}";

    /// <summary>The folder holding every stage folder of the run at <paramref name="runRoot"/>.</summary>
    public static string StagesDirectory(string runRoot) => Path.Combine(runRoot, StagesFolder);

    /// <summary>The folder of stage <paramref name="id"/> in the run at <paramref name="runRoot"/>.</summary>
    public static string StageDirectory(string runRoot, StageId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Path.Combine(runRoot, StagesFolder, id.Folder);
    }
}

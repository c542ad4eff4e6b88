namespace Psr.Pipeline.Runs;

/// <summary>
/// Lets the sub-runs of one experiment share the stages they have in common instead of computing them again: the
/// methods of one seed have the same IFT, EFT, Init (M1) and M1 evaluation (the outcome baseline shares IFT and EFT),
/// and every seed has the same IFT and EFT. A stage is copied from a finished sibling only while the target's stages
/// form an unbroken prefix of copies, so every input of a copied stage is itself a copy, and <see cref="StageRunner"/>
/// still checks each one (configuration hash, input and output hashes) before skipping it.
/// </summary>
public static class SharedStages
{
    /// <summary>
    /// Copies the leading stages of <paramref name="stages"/> (the target's plan in run order) that
    /// <paramref name="donor"/> finished with the same configuration hash into <paramref name="target"/>.
    /// Returns the stages copied.
    /// </summary>
    public static IReadOnlyList<StageId> CopyPrefix(RunDirectory donor, RunDirectory target, IReadOnlyList<IStage> stages)
    {
        ArgumentNullException.ThrowIfNull(donor);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(stages);
        var donorRunner = new StageRunner(donor);
        var targetRunner = new StageRunner(target);
        var copied = new List<StageId>();
        foreach (var stage in stages)
        {
            var folder = target.StageDirectory(stage.Id);
            if (Directory.Exists(folder))
            {
                // already there (an earlier copy or this run's own work): the prefix goes on only through finished ones
                if (IsDone(targetRunner.ReadManifest(stage.Id), stage))
                    continue;
                break;
            }
            if (!IsDone(donorRunner.ReadManifest(stage.Id), stage))
                break;
            CopyDirectory(donor.StageDirectory(stage.Id), folder, Path.Combine(target.Root, TempFolder));
            copied.Add(stage.Id);
        }
        return copied;
    }

    /// <summary>Where a stage is copied before its rename into <c>stages/</c> (outside it, so nothing there looks like a stage).</summary>
    public const string TempFolder = ".sharing.tmp";

    private static bool IsDone(StageManifest? manifest, IStage stage) =>
        manifest is { Status: StageStatus.Done } && manifest.ConfigHash == stage.ConfigHash;

    // Into a temporary sibling, then one rename: a kill mid-copy leaves no half stage that looks finished.
    private static void CopyDirectory(string source, string destination, string temp)
    {
        if (Directory.Exists(temp))
            Directory.Delete(temp, recursive: true);
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(temp, Path.GetRelativePath(source, dir)));
        Directory.CreateDirectory(temp);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(temp, Path.GetRelativePath(source, file)));
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        Directory.Move(temp, destination);
    }
}

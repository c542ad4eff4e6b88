using System.Text.Json;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Testing;

/// <summary>What two runs of the loop are compared by: every stage's output hashes and the summary's text.</summary>
public static class RunArtifacts
{
    /// <summary>Every stage's output hashes (from the manifests) plus the summary file's text; every stage must be done.</summary>
    public static SortedDictionary<string, string> Of(string root)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(RunLayout.StagesDirectory(root), "manifest.json", SearchOption.AllDirectories))
        {
            var manifest = JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(path), ArtifactJson.Indented)!;
            if (manifest.Status != StageStatus.Done)
                throw new InvalidOperationException($"{path}: status {manifest.Status}, expected Done");
            foreach (var output in manifest.Outputs)
                all[output.Path] = output.Sha256;
        }
        all[RunSummary.JsonFile] = File.ReadAllText(Path.Combine(root, RunSummary.JsonFile));
        return all;
    }

    /// <summary>The paths whose hash (or text) differs between two runs, or that only one has: what a failed comparison names.</summary>
    public static IReadOnlyList<string> Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return [.. expected.Keys.Union(actual.Keys).Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a)];
    }
}

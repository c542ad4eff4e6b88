using System.Text.Json;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Pipeline.Tests.Stages;

/// <summary>A test-sized run of the whole loop (<see cref="TinyRunConfig.Loop"/>) and its artifacts.</summary>
internal static class TinyRun
{
    public static RunConfig Config => TinyRunConfig.Loop;

    /// <summary>Every stage's output hashes (from the manifests) plus the summary file's text.</summary>
    public static SortedDictionary<string, string> Artifacts(string root)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "stages"), "manifest.json", SearchOption.AllDirectories))
        {
            var manifest = JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(path), ArtifactJson.Indented)!;
            Assert.Equal(StageStatus.Done, manifest.Status);
            foreach (var output in manifest.Outputs)
                all[output.Path] = output.Sha256;
        }
        all[RunSummary.JsonFile] = File.ReadAllText(Path.Combine(root, RunSummary.JsonFile));
        return all;
    }
}

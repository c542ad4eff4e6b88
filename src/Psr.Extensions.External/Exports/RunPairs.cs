using Psr.Core.Errors;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;

namespace Psr.Extensions.External.Exports;

/// <summary>Finds and reads a run's step pairs: every <c>stages/*/pairs.jsonl</c> in stage order, or one pairs file.</summary>
public static class RunPairs
{
    /// <summary>The pairs files of a run folder, or the file itself.</summary>
    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path))
            return [path];
        var stages = RunLayout.StagesDirectory(path);
        if (!Directory.Exists(stages))
            throw new PsrException($"{path}: neither a pairs .jsonl file nor a run folder with stages/");
        var files = Directory.GetDirectories(stages).Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, SearchStage.PairsFile)).Where(File.Exists).ToList();
        return files.Count > 0 ? files : throw new PsrException($"{path}: no stage has written {SearchStage.PairsFile} yet");
    }

    /// <summary>Every pair, file by file (line-numbered errors for malformed lines).</summary>
    public static IReadOnlyList<StepPair> Load(string path) => Files(path).SelectMany(ArtifactJsonl.Read<StepPair>).ToList();
}

using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Model.Checkpoints;
using Psr.Model.Tokenization;
using Psr.Pipeline.Runs;
using TorchSharp;

namespace Psr.Extensions.External.Training;

/// <summary>
/// Checks a Hugging Face checkpoint folder an external trainer wrote (config.json, at least one .safetensors file,
/// a tokenizer; the model and tokenizer actually load) and lists its files with their SHA-256, so later stages can
/// hash one small file instead of a folder of shards.
/// </summary>
public static class CheckpointFiles
{
    /// <summary>One file of the checkpoint.</summary>
    /// <param name="Name">File name inside the folder.</param>
    /// <param name="Sha256">Hex digest.</param>
    /// <param name="Bytes">Size.</param>
    public sealed record Entry(string Name, string Sha256, long Bytes);

    /// <summary>Throws one <see cref="PsrException"/> naming every problem of the folder; the model is loaded and freed.</summary>
    public static void Check(string directory, string producedBy)
    {
        var problems = new List<string>();
        if (!Directory.Exists(directory))
            throw new PsrException($"{producedBy} wrote no checkpoint folder at {directory}");
        if (!File.Exists(Path.Combine(directory, "config.json")))
            problems.Add("config.json is missing");
        if (Directory.GetFiles(directory, "*.safetensors").Length == 0)
            problems.Add("no .safetensors weights");
        if (problems.Count == 0)
        {
            try
            {
                TokenizerLoader.Load(directory);
                using var model = Qwen2Checkpoint.Load(directory, torch.CPU);
            }
            catch (PsrException e)
            {
                problems.Add("it does not load: " + e.Message);
            }
        }
        if (problems.Count > 0)
            throw new PsrException($"{producedBy} wrote an unusable checkpoint in {directory}: {string.Join("; ", problems)}");
    }

    /// <summary>Writes the file list of <paramref name="directory"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string directory, string path)
    {
        var entries = Directory.GetFiles(directory).Order(StringComparer.Ordinal)
            .Select(f => new Entry(Path.GetFileName(f), ArtifactJson.Sha256OfFile(f), new FileInfo(f).Length)).ToList();
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(entries, ArtifactJson.Indented) + "\n");
    }
}

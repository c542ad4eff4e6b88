using System.Globalization;
using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;
using TorchSharp.Modules;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Psr.Training.Checkpoints;

/// <summary>
/// Training checkpoints as folders <c>step-00000100/</c> holding <c>model.safetensors</c> (Hugging Face key names),
/// <c>optimizer.bin</c> (TorchSharp's optimizer state format) and <c>trainer-state.json</c>. A folder is written under
/// a temporary name and renamed when complete, so a kill mid-save never leaves a folder that looks finished.
/// </summary>
public static class TrainingCheckpoint
{
    public const string ModelFile = "model.safetensors";
    public const string OptimizerFile = "optimizer.bin";
    public const string StateFile = "trainer-state.json";
    private const string Prefix = "step-";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Saves a checkpoint for <paramref name="state"/> into <paramref name="root"/>, keeping the newest <paramref name="keep"/>.</summary>
    public static string Save(string root, nn.Module model, OptimizerHelper optimizer, TrainerState state, int keep)
    {
        Directory.CreateDirectory(root);
        var final = Path.Combine(root, Prefix + state.Step.ToString("D8", CultureInfo.InvariantCulture));
        var temp = Path.Combine(root, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temp);
        SaveModel(Path.Combine(temp, ModelFile), model);
        WriteFile(Path.Combine(temp, OptimizerFile), s =>
        {
            using var writer = new BinaryWriter(s, System.Text.Encoding.UTF8, leaveOpen: true);
            optimizer.save_state_dict(writer);
        });
        WriteFile(Path.Combine(temp, StateFile), s => JsonSerializer.Serialize(s, state, Json));
        Replace(temp, final);
        Prune(root, keep);
        return final;
    }

    /// <summary>The newest complete checkpoint folder under <paramref name="root"/>, or null when there is none.</summary>
    public static string? FindLatest(string root) =>
        Directory.Exists(root) ? Complete(root).LastOrDefault() : null;

    /// <summary>Loads weights and optimizer state from <paramref name="folder"/> in place and returns the trainer state.</summary>
    public static TrainerState Load(string folder, nn.Module model, OptimizerHelper optimizer)
    {
        var state = ReadState(Path.Combine(folder, StateFile));
        LoadFile(Path.Combine(folder, ModelFile), stream => model.load_safetensors(stream, strict: true));
        LoadFile(Path.Combine(folder, OptimizerFile), stream =>
        {
            using var reader = new BinaryReader(stream);
            optimizer.load_state_dict(reader);
        });
        return state;
    }

    // Reads one checkpoint file; a truncated or mismatched file becomes one line naming it.
    private static void LoadFile(string path, Action<Stream> load)
    {
        using var stream = OpenRead(path);
        try
        {
            load(stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException or JsonException)
        {
            throw new PsrException($"{path}: unreadable checkpoint file ({e.GetType().Name}: {e.Message})", e);
        }
    }

    private static TrainerState ReadState(string path)
    {
        using var stream = OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize<TrainerState>(stream, Json)
                ?? throw new PsrException($"{path}: trainer state is null");
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: bad trainer state: {e.Message}", e);
        }
    }

    private static FileStream OpenRead(string path) =>
        File.Exists(path) ? File.OpenRead(path) : throw new PsrException($"{path}: checkpoint file not found");

    // PyBridge closes the stream it writes to, so the file is written by path and then synced to disk.
    private static void SaveModel(string path, nn.Module model)
    {
        model.save_safetensors(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    // Renames a finished temp folder into place; an older folder of the same step (a run restarted without resume)
    // is moved aside first and deleted after, so the name always points at a complete checkpoint or at nothing.
    private static void Replace(string temp, string final)
    {
        if (Directory.Exists(final))
        {
            var old = Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.old.tmp");
            Directory.Move(final, old);
            Directory.Move(temp, final);
            DirectorySync.Flush(Path.GetDirectoryName(final)!);
            Directory.Delete(old, recursive: true);
            return;
        }
        Directory.Move(temp, final);
        DirectorySync.Flush(Path.GetDirectoryName(final)!);
    }

    private static void Prune(string root, int keep)
    {
        foreach (var stale in Complete(root).SkipLast(keep))
            Directory.Delete(stale, recursive: true);
        foreach (var leftover in Directory.GetDirectories(root, ".*.tmp"))
            Directory.Delete(leftover, recursive: true);
    }

    // Finished checkpoint folders, oldest first (zero-padded step numbers sort as text).
    private static IEnumerable<string> Complete(string root) =>
        Directory.GetDirectories(root, Prefix + "*")
            .Where(d => Path.GetFileName(d).Length == Prefix.Length + 8)
            .Order(StringComparer.Ordinal);
}

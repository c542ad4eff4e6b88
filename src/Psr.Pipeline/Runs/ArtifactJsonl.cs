using System.Text;
using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Pipeline.Runs;

/// <summary>Typed JSONL artifacts: written atomically, one compact record per line; read with line-numbered errors.</summary>
public static class ArtifactJsonl
{
    /// <summary>Writes <paramref name="records"/> to <paramref name="path"/> atomically.</summary>
    public static void Write<T>(string path, IEnumerable<T> records)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            foreach (var record in records)
                writer.Write(JsonSerializer.Serialize(record, ArtifactJson.Compact) + "\n");
        });
    }

    /// <summary>Reads every record of <paramref name="path"/>.</summary>
    public static List<T> Read<T>(string path)
    {
        var records = new List<T>();
        foreach (var (lineNumber, line) in Utf8LineReader.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                records.Add(JsonSerializer.Deserialize<T>(line, ArtifactJson.Compact) ?? throw new PsrException($"{path}:{lineNumber}: null record"));
            }
            catch (JsonException e)
            {
                throw new PsrException($"{path}:{lineNumber}: {e.Message.Split('\n')[0]}", e);
            }
            catch (InvalidOperationException e) // a lone surrogate in a string ("\ud800")
            {
                throw new PsrException($"{path}:{lineNumber}: a string is not valid UTF-16 (lone surrogate)", e);
            }
        }
        return records;
    }
}

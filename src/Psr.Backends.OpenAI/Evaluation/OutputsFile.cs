using System.Text;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>
/// The append-only <c>outputs.jsonl</c> of an evaluation run. Opening reads the lines already there, so a rerun can
/// skip finished items; a last line without its newline (the process died mid-write) is cut off and counted, any
/// other bad line is an error naming the file and line. Each <see cref="Append"/> is written and flushed to disk
/// before it returns, so a kill loses at most the batch being written. Thread-safe.
/// </summary>
public sealed class OutputsFile : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileStream _stream;
    private readonly Lock _gate = new();

    private OutputsFile(FileStream stream, IReadOnlyList<OutputRecord> existing, bool tornLineDropped)
    {
        _stream = stream;
        Existing = existing;
        TornLineDropped = tornLineDropped;
    }

    /// <summary>The records found when the file was opened, in file order.</summary>
    public IReadOnlyList<OutputRecord> Existing { get; }

    /// <summary>True when an unfinished last line was cut off on opening.</summary>
    public bool TornLineDropped { get; }

    /// <summary>Opens (or creates) <paramref name="path"/> for appending after reading what it holds.</summary>
    public static OutputsFile Open(string path)
    {
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
        var intact = Array.LastIndexOf(bytes, (byte)'\n') + 1; // 0 when there is no complete line
        var records = Parse(Utf8.GetString(bytes, 0, intact), path); // before touching the file
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        var torn = intact < bytes.Length;
        if (torn)
        {
            stream.SetLength(intact);
            stream.Flush(flushToDisk: true);
        }
        stream.Seek(0, SeekOrigin.End);
        return new OutputsFile(stream, records, torn);
    }

    /// <summary>Appends <paramref name="records"/> as JSON lines and flushes them to disk.</summary>
    public void Append(IEnumerable<OutputRecord> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
            text.Append(record.ToJson().ToJsonString()).Append('\n');
        var bytes = Utf8.GetBytes(text.ToString());
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush(flushToDisk: true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private static List<OutputRecord> Parse(string text, string path)
    {
        var records = new List<OutputRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StringReader(text);
        foreach (var line in Jsonl.Read(reader, path))
        {
            var record = OutputRecord.Parse(line, path);
            if (!seen.Add(record.Id))
                throw new PsrException($"{path}:{line.LineNumber}: id '{record.Id}' appears more than once");
            records.Add(record);
        }
        return records;
    }
}

using System.Text;
using System.Text.Json;
using Psr.Core.Errors;

namespace Psr.Pipeline.Runs;

/// <summary>
/// An append-only JSONL of finished work items, flushed to disk per batch, that survives <c>kill -9</c>: on open,
/// an incomplete trailing line (no final newline: the process died mid-write) is dropped and cut off the file, so
/// the resumed stage redoes only that item. A malformed <i>complete</i> line is corruption and fails with its line.
/// </summary>
public sealed class ProgressLog<T> : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly FileStream _stream;
    private readonly List<T> _records;

    private ProgressLog(string path, FileStream stream, List<T> records, int tornBytes)
    {
        Path = path;
        _stream = stream;
        _records = records;
        TornBytesDropped = tornBytes;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Every record: those found on open, then those appended.</summary>
    public IReadOnlyList<T> Records => _records;

    /// <summary>Bytes of an incomplete last line dropped on open (0 when the file ended cleanly).</summary>
    public int TornBytesDropped { get; }

    /// <summary>Opens <paramref name="path"/>, creating it if absent, and reads the complete lines.</summary>
    public static ProgressLog<T> Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        var records = Parse(path, bytes.AsSpan(0, complete));
        if (complete < bytes.Length)
        {
            stream.SetLength(complete);
            stream.Flush(flushToDisk: true);
        }
        stream.Seek(0, SeekOrigin.End);
        return new ProgressLog<T>(path, stream, records, bytes.Length - complete);
    }

    /// <summary>Appends one batch (one line per record) and flushes it to disk before returning.</summary>
    public void Append(IEnumerable<T> batch)
    {
        var text = new StringBuilder();
        var added = new List<T>();
        foreach (var record in batch)
        {
            text.Append(JsonSerializer.Serialize(record, ArtifactJson.Compact)).Append('\n');
            added.Add(record);
        }
        if (added.Count == 0)
            return;
        _stream.Write(Utf8.GetBytes(text.ToString()));
        _stream.Flush(flushToDisk: true);
        _records.AddRange(added);
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private static List<T> Parse(string path, ReadOnlySpan<byte> complete)
    {
        var records = new List<T>();
        var lineNumber = 0;
        foreach (var range in complete.Split((byte)'\n'))
        {
            lineNumber++;
            var line = complete[range];
            if (line.Trim((byte)' ').Trim((byte)'\r').IsEmpty)
                continue;
            if (!System.Text.Unicode.Utf8.IsValid(line))
                throw new PsrException($"{path}:{lineNumber}: corrupt progress record (invalid UTF-8)");
            try
            {
                records.Add(JsonSerializer.Deserialize<T>(line, ArtifactJson.Compact)
                    ?? throw new PsrException($"{path}:{lineNumber}: null record"));
            }
            catch (JsonException e)
            {
                throw new PsrException($"{path}:{lineNumber}: corrupt progress record ({e.Message.Split('\n')[0]})", e);
            }
            catch (InvalidOperationException e) // a lone surrogate in a string ("\ud800")
            {
                throw new PsrException($"{path}:{lineNumber}: corrupt progress record (a string is not valid UTF-16)", e);
            }
        }
        return records;
    }
}

using System.Text;
using Psr.Core.Errors;

namespace Psr.Core.IO;

/// <summary>
/// Reads a UTF-8 stream line by line, decoding each line strictly: an invalid byte sequence is a
/// <see cref="PsrException"/> naming the source, the 1-based line and the byte, never a silent U+FFFD (what
/// <see cref="StreamReader"/> does). Lines end at <c>\n</c>; a trailing <c>\r</c> and a leading BOM are dropped.
/// </summary>
public sealed class Utf8LineReader : TextReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly string _source;
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly MemoryStream _line = new();
    private int _start;
    private int _end;
    private int _number;
    private string? _current; // the line being consumed through Read/Peek
    private int _position;

    /// <summary>Reads <paramref name="stream"/> (owned: disposed with this reader); errors name <paramref name="source"/>.</summary>
    public Utf8LineReader(Stream stream, string source)
    {
        _stream = stream;
        _source = source;
    }

    /// <summary>Opens the file at <paramref name="path"/>.</summary>
    public static Utf8LineReader Open(string path) =>
        File.Exists(path) ? new(File.OpenRead(path), path) : throw new PsrException($"{path}: file not found");

    /// <summary>Every line of the file at <paramref name="path"/>, numbered from 1.</summary>
    public static IEnumerable<(int Number, string Text)> ReadLines(string path)
    {
        using var reader = Open(path);
        while (reader.ReadLine() is { } line)
            yield return (reader.LineNumber, line);
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber => _number;

    /// <inheritdoc />
    public override string? ReadLine()
    {
        if (_current is { } rest)
        {
            _current = null;
            return rest[_position..];
        }
        _line.SetLength(0);
        var any = false;
        while (true)
        {
            if (_start == _end && !Fill())
                return any ? Decode() : null;
            any = true;
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0)
            {
                _line.Write(_buffer, _start, _end - _start);
                _start = _end;
                continue;
            }
            _line.Write(_buffer, _start, newline - _start);
            _start = newline + 1;
            return Decode();
        }
    }

    /// <inheritdoc />
    public override int Peek()
    {
        if (_current is null && ReadLine() is { } line)
            (_current, _position) = (line + "\n", 0);
        return _current is { } c && _position < c.Length ? c[_position] : -1;
    }

    /// <inheritdoc />
    public override int Read()
    {
        var next = Peek();
        if (next >= 0 && ++_position == _current!.Length)
            _current = null;
        return next;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
            _line.Dispose();
        }
        base.Dispose(disposing);
    }

    private bool Fill()
    {
        _start = 0;
        _end = _stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private string Decode()
    {
        _number++;
        var bytes = _line.GetBuffer().AsSpan(0, (int)_line.Length);
        if (_number == 1 && bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[3..];
        if (bytes.EndsWith("\r"u8))
            bytes = bytes[..^1];
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return Strict.GetString(bytes);
        var at = FirstInvalid(bytes);
        throw new PsrException($"{_source}:{_number}: invalid UTF-8 (byte 0x{bytes[at]:X2} at byte {at + 1} of the line)");
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            at += consumed;
        return at;
    }
}

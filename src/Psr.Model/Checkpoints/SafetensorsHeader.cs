using System.Buffers.Binary;
using System.Text.Json;
using Psr.Core.Errors;

namespace Psr.Model.Checkpoints;

/// <summary>
/// A validated safetensors header: an 8-byte little-endian length N, N bytes of JSON mapping names to
/// {dtype, shape, data_offsets}, then the data section. Every inconsistency is reported as a one-line
/// <see cref="PsrException"/> naming the file and the tensor, before any tensor is read.
/// </summary>
public sealed class SafetensorsHeader
{
    /// <summary>Largest header accepted, as in the reference safetensors implementation (100 MB).</summary>
    public const long MaxHeaderBytes = 100_000_000;

    private SafetensorsHeader(string path, long dataStart, IReadOnlyDictionary<string, SafetensorsEntry> tensors)
    {
        Path = path;
        DataStart = dataStart;
        Tensors = tensors;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>File offset of the data section (8 + N).</summary>
    public long DataStart { get; }

    /// <summary>The tensors by name (the optional <c>__metadata__</c> entry excluded).</summary>
    public IReadOnlyDictionary<string, SafetensorsEntry> Tensors { get; }

    /// <summary>Reads and validates the header of <paramref name="path"/>.</summary>
    public static SafetensorsHeader Read(string path)
    {
        if (!File.Exists(path))
            throw new PsrException($"{path}: safetensors file not found");
        using var file = File.OpenRead(path);
        var length = file.Length;
        Span<byte> prefix = stackalloc byte[8];
        if (length < 8 || file.ReadAtLeast(prefix, 8, throwOnEndOfStream: false) < 8)
            throw new PsrException($"{path}: truncated safetensors header: file has {length} bytes, fewer than the 8-byte length prefix");
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
        if (headerLength > MaxHeaderBytes)
            throw new PsrException($"{path}: safetensors header length {headerLength} exceeds the {MaxHeaderBytes}-byte limit");
        if (8 + (long)headerLength > length)
            throw new PsrException($"{path}: truncated safetensors header: it declares {headerLength} bytes but the file has only {length - 8} after the prefix");
        var json = new byte[headerLength];
        file.ReadExactly(json);
        var dataStart = 8 + (long)headerLength;
        return new SafetensorsHeader(path, dataStart, ParseEntries(path, json, length - dataStart));
    }

    private static Dictionary<string, SafetensorsEntry> ParseEntries(string path, byte[] json, long dataLength)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: malformed safetensors header: {e.Message.Split('\n')[0]}", e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new PsrException($"{path}: malformed safetensors header: expected a JSON object, got {document.RootElement.ValueKind}");
            var entries = new Dictionary<string, SafetensorsEntry>();
            try
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name == "__metadata__")
                        continue;
                    entries[property.Name] = ParseEntry(path, property.Name, property.Value, dataLength);
                }
            }
            catch (InvalidOperationException e) // a name or string holding a lone surrogate ("\ud800")
            {
                throw new PsrException($"{path}: malformed safetensors header: a string is not valid UTF-16", e);
            }
            return entries;
        }
    }

    private static SafetensorsEntry ParseEntry(string path, string name, JsonElement value, long dataLength)
    {
        PsrException Bad(string what) => new($"{path}: tensor '{MessageText.OneLine(name)}': {what}");
        if (value.ValueKind != JsonValueKind.Object)
            throw Bad($"expected an object, got {value.ValueKind}");
        if (!value.TryGetProperty("dtype", out var dtypeJson) || dtypeJson.ValueKind != JsonValueKind.String)
            throw Bad("missing string 'dtype'");
        var dtypeName = dtypeJson.GetString()!;
        if (!SafetensorsDtypes.TryParse(dtypeName, out var dtype, out var elementSize))
            throw Bad($"unknown dtype '{MessageText.OneLine(dtypeName)}' (known: {string.Join(", ", SafetensorsDtypes.Names)})");
        var shape = Integers(value, "shape") ?? throw Bad("missing integer array 'shape'");
        if (shape.Any(d => d < 0))
            throw Bad($"negative dimension in shape {SafetensorsEntry.ShapeToText(shape)}");
        var offsets = Integers(value, "data_offsets");
        if (offsets is not { Length: 2 })
            throw Bad("'data_offsets' must be two integers [begin, end]");
        var (begin, end) = (offsets[0], offsets[1]);
        if (begin < 0 || end < begin || end > dataLength)
            throw Bad($"data_offsets [{begin}, {end}] lie outside the {dataLength}-byte data section");
        long expected;
        try
        {
            expected = checked(shape.Aggregate(1L, (a, d) => a * d) * elementSize);
        }
        catch (OverflowException)
        {
            throw Bad($"shape {SafetensorsEntry.ShapeToText(shape)} has more elements than a file can hold");
        }
        if (end - begin != expected)
            throw Bad($"data_offsets [{begin}, {end}] span {end - begin} bytes but {dtypeName} {SafetensorsEntry.ShapeToText(shape)} needs {expected}");
        return new SafetensorsEntry(name, dtype, shape, begin, end);
    }

    private static long[]? Integers(JsonElement value, string property)
    {
        if (!value.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
            return null;
        var result = new List<long>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var n))
                return null;
            result.Add(n);
        }
        return result.ToArray();
    }
}

using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Psr.Core.Errors;
using static TorchSharp.torch;

namespace Psr.Model.Checkpoints;

/// <summary>
/// Reads tensors from and writes tensors to safetensors files. Hand-written rather than TorchSharp.PyBridge 1.4.4's
/// reader/writer: PyBridge writes no <c>__metadata__</c> {"format": "pt"} entry (Hugging Face transformers before
/// 4.48.2 refuse such files), does not pad the header, and its errors name neither file nor key.
/// </summary>
public static class SafetensorsFile
{
    /// <summary>Reads <paramref name="entry"/> of a validated header as a CPU tensor of the stored dtype.</summary>
    public static Tensor ReadTensor(SafetensorsHeader header, SafetensorsEntry entry)
    {
        var length = entry.End - entry.Begin;
        if (length > Array.MaxLength)
            throw new PsrException($"{header.Path}: tensor '{MessageText.OneLine(entry.Name)}': {length} bytes exceed the {Array.MaxLength}-byte limit of one read");
        var bytes = new byte[length];
        using (var file = File.OpenRead(header.Path))
        {
            file.Position = header.DataStart + entry.Begin;
            file.ReadExactly(bytes);
        }
        var tensor = empty(entry.Shape, entry.Dtype);
        tensor.bytes = bytes;
        return tensor;
    }

    /// <summary>
    /// Writes <paramref name="tensors"/> (name → tensor, any device) as a safetensors stream: header with
    /// <c>__metadata__</c>, padded with spaces to a multiple of 8 bytes, then each tensor's bytes in order.
    /// </summary>
    public static void Write(Stream stream, IReadOnlyList<KeyValuePair<string, Tensor>> tensors)
    {
        var header = new Dictionary<string, object> { ["__metadata__"] = new Dictionary<string, string> { ["format"] = "pt" } };
        long offset = 0;
        foreach (var (name, tensor) in tensors)
        {
            var length = tensor.NumberOfElements * SafetensorsDtypes.SizeOf(tensor.dtype);
            header[name] = new Dictionary<string, object>
            {
                ["dtype"] = SafetensorsDtypes.NameOf(tensor.dtype),
                ["shape"] = tensor.shape,
                ["data_offsets"] = new[] { offset, offset + length },
            };
            offset += length;
        }
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(header));
        var padded = (json.Length + 7) / 8 * 8;
        Span<byte> prefix = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(prefix, (ulong)padded);
        stream.Write(prefix);
        stream.Write(json);
        for (var i = json.Length; i < padded; i++)
            stream.WriteByte((byte)' ');
        foreach (var (_, tensor) in tensors)
        {
            using var scope = NewDisposeScope();
            stream.Write(tensor.detach().cpu().contiguous().bytes);
        }
    }
}

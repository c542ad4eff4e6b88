using static TorchSharp.torch;

namespace Psr.Model.Checkpoints;

/// <summary>The safetensors dtype names this engine reads and writes, with their element sizes.</summary>
public static class SafetensorsDtypes
{
    private static readonly Dictionary<string, (ScalarType Type, int Size)> ByName = new()
    {
        ["F64"] = (ScalarType.Float64, 8),
        ["F32"] = (ScalarType.Float32, 4),
        ["F16"] = (ScalarType.Float16, 2),
        ["BF16"] = (ScalarType.BFloat16, 2),
        ["I64"] = (ScalarType.Int64, 8),
        ["I32"] = (ScalarType.Int32, 4),
        ["I16"] = (ScalarType.Int16, 2),
        ["I8"] = (ScalarType.Int8, 1),
        ["U8"] = (ScalarType.Byte, 1),
        ["BOOL"] = (ScalarType.Bool, 1),
    };

    /// <summary>Known names, for messages.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>Looks up a safetensors dtype name.</summary>
    public static bool TryParse(string name, out ScalarType type, out int size)
    {
        var found = ByName.TryGetValue(name, out var entry);
        (type, size) = entry;
        return found;
    }

    /// <summary>The safetensors name of <paramref name="type"/>.</summary>
    public static string NameOf(ScalarType type) =>
        ByName.First(kv => kv.Value.Type == type).Key;

    /// <summary>Bytes per element of <paramref name="type"/>.</summary>
    public static int SizeOf(ScalarType type) =>
        ByName.First(kv => kv.Value.Type == type).Value.Size;
}

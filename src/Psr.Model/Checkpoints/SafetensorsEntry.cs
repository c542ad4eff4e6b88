using static TorchSharp.torch;

namespace Psr.Model.Checkpoints;

/// <summary>One tensor listed in a safetensors header, with its byte range relative to the data section.</summary>
/// <param name="Name">Key, e.g. <c>model.norm.weight</c>.</param>
/// <param name="Dtype">Element type.</param>
/// <param name="Shape">Dimensions.</param>
/// <param name="Begin">First byte (inclusive) in the data section.</param>
/// <param name="End">Last byte (exclusive) in the data section.</param>
public sealed record SafetensorsEntry(string Name, ScalarType Dtype, long[] Shape, long Begin, long End)
{
    /// <summary>Shape as written in messages, e.g. <c>[64, 32]</c>.</summary>
    public string ShapeText => ShapeToText(Shape);

    /// <summary>Formats a shape for messages.</summary>
    public static string ShapeToText(IEnumerable<long> shape) => "[" + string.Join(", ", shape) + "]";
}

using System.Text.Json.Serialization;
using TorchSharp;

namespace Psr.Model.Qwen2;

/// <summary>Floating-point type of a model's parameters and activations (Hugging Face <c>torch_dtype</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModelDtype>))]
public enum ModelDtype
{
    /// <summary>32-bit float; the tested CPU path and the default.</summary>
    [JsonStringEnumMemberName("float32")] Float32,

    /// <summary>bfloat16; about 2.4x faster matmuls on CPUs with AVX512_BF16.</summary>
    [JsonStringEnumMemberName("bfloat16")] BFloat16,

    /// <summary>IEEE half precision, as some Hugging Face checkpoints are stored; meant for GPUs.</summary>
    [JsonStringEnumMemberName("float16")] Float16,
}

/// <summary>Maps <see cref="ModelDtype"/> to TorchSharp's scalar types.</summary>
public static class ModelDtypeExtensions
{
    /// <summary>The TorchSharp scalar type for <paramref name="dtype"/>.</summary>
    public static torch.ScalarType ToScalarType(this ModelDtype dtype) => dtype switch
    {
        ModelDtype.Float32 => torch.ScalarType.Float32,
        ModelDtype.BFloat16 => torch.ScalarType.BFloat16,
        ModelDtype.Float16 => torch.ScalarType.Float16,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null),
    };

    /// <summary>The <see cref="ModelDtype"/> for a floating scalar type.</summary>
    public static ModelDtype ToModelDtype(this torch.ScalarType type) => type switch
    {
        torch.ScalarType.Float32 => ModelDtype.Float32,
        torch.ScalarType.BFloat16 => ModelDtype.BFloat16,
        torch.ScalarType.Float16 => ModelDtype.Float16,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a model dtype"),
    };
}

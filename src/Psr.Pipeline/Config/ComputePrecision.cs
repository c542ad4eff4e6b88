using Psr.Model.Qwen2;

namespace Psr.Pipeline.Config;

/// <summary>Number format of a hot loop's arithmetic (<c>model.trainingPrecision</c>, <c>model.generationPrecision</c>).</summary>
public enum ComputePrecision
{
    /// <summary>32-bit float: the reference arithmetic.</summary>
    Float32,

    /// <summary>bfloat16 (float32 master weights and optimizer state when training); faster on CPUs with AVX512_BF16 or AMX.</summary>
    BFloat16,
}

/// <summary>Maps <see cref="ComputePrecision"/> to the model's dtype.</summary>
public static class ComputePrecisionExtensions
{
    /// <summary>The model dtype that computes in <paramref name="precision"/>.</summary>
    public static ModelDtype ToModelDtype(this ComputePrecision precision) =>
        precision == ComputePrecision.BFloat16 ? ModelDtype.BFloat16 : ModelDtype.Float32;
}

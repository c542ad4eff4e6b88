using Psr.Model.Qwen2;

namespace Psr.Pipeline.Config;

/// <summary>Number format of a hot loop's arithmetic (<c>model.trainingPrecision</c>, <c>model.generationPrecision</c>).</summary>
public enum ComputePrecision
{
    /// <summary>32-bit float: the reference arithmetic.</summary>
    Float32,

    /// <summary>bfloat16 (float32 master weights and optimizer state when training); faster on CPUs with AVX512_BF16 or AMX.</summary>
    BFloat16,

    /// <summary>
    /// Autocast-style: only the linear layers' products in bfloat16; activations, norms, softmax, the loss, gradients
    /// and weights stay float32 (PyTorch's CPU autocast does the same for linear layers).
    /// </summary>
    BFloat16Autocast,
}

/// <summary>Maps <see cref="ComputePrecision"/> to the model's dtype.</summary>
public static class ComputePrecisionExtensions
{
    /// <summary>The model dtype that computes in <paramref name="precision"/> (a copy's, or the model's own).</summary>
    public static ModelDtype ToModelDtype(this ComputePrecision precision) =>
        precision == ComputePrecision.BFloat16 ? ModelDtype.BFloat16 : ModelDtype.Float32;

    /// <summary>The dtype of the float32 model's linear-layer products in <paramref name="precision"/> (autocast only).</summary>
    public static ModelDtype ToMatmulDtype(this ComputePrecision precision) =>
        precision == ComputePrecision.BFloat16Autocast ? ModelDtype.BFloat16 : ModelDtype.Float32;
}

using Psr.Model.Native;
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

    /// <summary>
    /// <see cref="BFloat16Autocast"/> where this CPU multiplies bfloat16 natively (<see cref="CpuFeatures.NativeBFloat16"/>),
    /// else <see cref="Float32"/>. <c>psr run</c> resolves it when it creates a run, so the saved configuration says
    /// which arithmetic ran.
    /// </summary>
    Auto,
}

/// <summary>Maps <see cref="ComputePrecision"/> to the model's dtype.</summary>
public static class ComputePrecisionExtensions
{
    /// <summary><paramref name="precision"/> with <see cref="ComputePrecision.Auto"/> resolved for this CPU.</summary>
    public static ComputePrecision Resolve(this ComputePrecision precision) => precision != ComputePrecision.Auto
        ? precision
        : CpuFeatures.NativeBFloat16 ? ComputePrecision.BFloat16Autocast : ComputePrecision.Float32;

    /// <summary>The model dtype that computes in <paramref name="precision"/> (a copy's, or the model's own).</summary>
    public static ModelDtype ToModelDtype(this ComputePrecision precision) =>
        precision.Resolve() == ComputePrecision.BFloat16 ? ModelDtype.BFloat16 : ModelDtype.Float32;

    /// <summary>The dtype of the float32 model's linear-layer products in <paramref name="precision"/> (autocast only).</summary>
    public static ModelDtype ToMatmulDtype(this ComputePrecision precision) =>
        precision.Resolve() == ComputePrecision.BFloat16Autocast ? ModelDtype.BFloat16 : ModelDtype.Float32;
}

using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>
/// The dtype a model's linear layers multiply in, autocast-style (TorchSharp 0.107 has no autocast): with
/// <see cref="Dtype"/> set, each projection rounds its input and weights to it, multiplies, and returns the product in the
/// input's dtype, so parameters, gradients, norms, softmax and losses stay in the model's float32 and only the matrix
/// products run at the CPU's bfloat16 rate. The casts are differentiable: gradients reach the float32 weights. One
/// instance is shared by every layer of a model.
/// </summary>
public sealed class MatmulPrecision
{
    /// <summary>The dtype of the products, or null for the input's own (plain float32 arithmetic).</summary>
    public ScalarType? Dtype { get; set; }

    /// <summary><paramref name="layer"/> applied to <paramref name="x"/> (..., in) → (..., out) at <see cref="Dtype"/>.</summary>
    public Tensor Linear(Linear layer, Tensor x) =>
        Dtype is { } d && d != x.dtype ? Product(x, layer.weight!, layer.bias, d) : layer.forward(x);

    /// <summary>x (..., in) · weightᵀ (out, in) → (..., out) at <see cref="Dtype"/>: the tied LM head.</summary>
    public Tensor Linear(Tensor x, Tensor weight) =>
        Dtype is { } d && d != x.dtype ? Product(x, weight, null, d) : nn.functional.linear(x, weight);

    private static Tensor Product(Tensor x, Tensor weight, Tensor? bias, ScalarType dtype)
    {
        using var scope = NewDisposeScope();
        var y = nn.functional.linear(x.to_type(dtype), weight.to_type(dtype), bias?.to_type(dtype));
        return y.to_type(x.dtype).MoveToOuterDisposeScope();
    }
}

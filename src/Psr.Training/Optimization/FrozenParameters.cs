using static TorchSharp.torch;

namespace Psr.Training.Optimization;

/// <summary>
/// Turns off the gradients of some parameters for the lifetime of the scope and turns them back on at the end, so an
/// optimizer created inside it (<see cref="AdamWFactory"/> takes only trainable parameters) never moves them.
/// </summary>
public sealed class FrozenParameters : IDisposable
{
    private readonly List<Tensor> _frozen;

    private FrozenParameters(List<Tensor> frozen) => _frozen = frozen;

    /// <summary>Names of the parameters that map tokens to vectors and back (tied or not).</summary>
    public static bool IsEmbedding(string name) =>
        name.EndsWith("embed_tokens.weight", StringComparison.Ordinal) || name.StartsWith("lm_head.", StringComparison.Ordinal);

    /// <summary>Freezes every trainable parameter of <paramref name="model"/> whose name satisfies <paramref name="select"/>.</summary>
    public static FrozenParameters Freeze(nn.Module model, Func<string, bool> select)
    {
        ArgumentNullException.ThrowIfNull(model);
        var frozen = model.named_parameters().Where(p => p.parameter.requires_grad && select(p.name)).Select(p => (Tensor)p.parameter).ToList();
        foreach (var p in frozen)
            p.requires_grad = false;
        return new FrozenParameters(frozen);
    }

    /// <summary>How many parameter tensors are frozen.</summary>
    public int Count => _frozen.Count;

    public void Dispose()
    {
        foreach (var p in _frozen)
            p.requires_grad = true;
    }
}

using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>Copies of a model in another dtype (e.g. bfloat16 for generation on CPUs with AVX512_BF16 or AMX).</summary>
public static class ModelCasting
{
    /// <summary>
    /// A new model of the same architecture and device whose parameters are <paramref name="model"/>'s rounded to
    /// <paramref name="dtype"/>; the original is untouched. The copy is in eval mode.
    /// </summary>
    public static Qwen2ForCausalLM CastCopy(this Qwen2ForCausalLM model, ModelDtype dtype)
    {
        ArgumentNullException.ThrowIfNull(model);
        var copy = new Qwen2ForCausalLM(model.Config, model.Device, dtype);
        var source = model.named_parameters().ToDictionary(p => p.name, p => p.parameter, StringComparer.Ordinal);
        using (no_grad())
        {
            foreach (var (name, parameter) in copy.named_parameters())
                parameter.copy_(source[name]); // copy_ converts the dtype
        }
        copy.eval();
        return copy;
    }
}

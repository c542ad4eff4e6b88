using Psr.Model.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>Picks next tokens from logits: greedy, temperature, nucleus (top-p).</summary>
public static class TokenSampler
{
    /// <summary>Logits (B, V) → token ids (B), int64; <paramref name="temperature"/> 0 is greedy.</summary>
    public static Tensor Sample(Tensor logits, double temperature, double topP, Generator generator)
    {
        using var scope = NewDisposeScope();
        if (temperature == 0)
            return logits.argmax(-1).MoveToOuterDisposeScope();
        var scaled = logits.to_type(ScalarType.Float32);
        if (temperature != 1)
        {
            using var t = temperature.ToScalar();
            scaled = scaled.div(t); // x / 1 == x exactly, so skipping it at 1 changes no sample
        }
        var probs = scaled.softmax(-1); // (B, V)
        if (topP >= 1)
            return probs.multinomial(1, generator: generator).squeeze(-1).MoveToOuterDisposeScope();
        var (sorted, order) = probs.sort(-1, descending: true); // (B, V) each
        // Drop a token when the more likely ones before it already reach top_p; the first always stays.
        var before = sorted.cumsum(-1) - sorted;
        using var p = topP.ToScalar();
        var kept = sorted.masked_fill(before.ge(p), Scalars.Zero);
        var choice = kept.multinomial(1, generator: generator); // (B, 1), weights need not sum to 1
        return order.gather(-1, choice).squeeze(-1).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Logits (B, V) → token ids (B) by inverse-CDF sampling with one given uniform draw per row, so each row's choice
    /// depends only on its own logits and draw (per-row seeds). Same temperature and top-p rules as <see cref="Sample"/>.
    /// </summary>
    public static Tensor SampleWithUniforms(Tensor logits, double temperature, double topP, double[] uniforms)
    {
        using var scope = NewDisposeScope();
        if (temperature == 0)
            return logits.argmax(-1).MoveToOuterDisposeScope();
        using var t = temperature.ToScalar();
        using var p = topP.ToScalar();
        var probs = logits.to_type(ScalarType.Float64).div(t).softmax(-1); // (B, V)
        var (sorted, order) = probs.sort(-1, descending: true); // (B, V) each
        var before = sorted.cumsum(-1) - sorted;
        var kept = topP >= 1 ? sorted : sorted.masked_fill(before.ge(p), Scalars.Zero); // (B, V)
        var cdf = kept.cumsum(-1); // (B, V), last column = kept mass
        var target = tensor(uniforms, device: logits.device).unsqueeze(1) * cdf.narrow(1, cdf.shape[1] - 1, 1); // (B, 1)
        // The chosen rank is the number of cumulative masses at or below the target (the first one above it).
        using var last = (cdf.shape[1] - 1).ToScalar();
        var rank = cdf.le(target).sum(-1, type: ScalarType.Int64).clamp_max(last).unsqueeze(1); // (B, 1)
        return order.gather(-1, rank).squeeze(-1).MoveToOuterDisposeScope();
    }
}

using Psr.Model.Native;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>Boolean attention masks for left-padded batches (true = may attend).</summary>
public static class AttentionMasks
{
    /// <summary>
    /// Causal mask over keys (B, S) that are real tokens, for the last <paramref name="queryLength"/> positions:
    /// (B, 1, T, S). Every query also sees itself, so padding queries never have an empty row (an all-masked row
    /// would give NaN that a later 0 × NaN could spread into real positions).
    /// </summary>
    public static Tensor Causal(Tensor keyValid, long queryLength)
    {
        using var scope = NewDisposeScope();
        var b = keyValid.shape[0];
        var s = keyValid.shape[1];
        var past = s - queryLength;
        var query = Scalars.Arange(past, s, keyValid.device).view(queryLength, 1); // (T, 1)
        var key = Scalars.Arange(0, s, keyValid.device).view(1, s); // (1, S)
        var causal = key.le(query); // (T, S)
        var self = key.eq(query); // (T, S)
        var allowed = causal.logical_and(keyValid.view(b, 1, 1, s)).logical_or(self); // (B, 1, T, S)
        return allowed.MoveToOuterDisposeScope();
    }
}

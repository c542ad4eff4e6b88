using Psr.Model.Native;
using Psr.Model.Qwen2;
using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>
/// Ragged batches as left-padded tensors: row b has <c>pad[b]</c> pad columns, then its tokens, so every row ends
/// in the same column and new tokens append at one shared cache position. Pads are masked out as keys and real
/// tokens get positions 0, 1, … as if unpadded, so each row computes what it would alone.
/// </summary>
public static class LeftPadding
{
    /// <summary>Pad columns each sequence needs to reach the longest.</summary>
    public static long[] PadLengths(IReadOnlyList<int[]> sequences)
    {
        var longest = sequences.Max(s => s.Length);
        return sequences.Select(s => (long)(longest - s.Length)).ToArray();
    }

    /// <summary>The decoder input for <paramref name="sequences"/> (ids, positions, mask), tensors in the caller's scope.</summary>
    public static DecoderInput Batch(IReadOnlyList<int[]> sequences, int padId, Device device, KvCache? cache = null)
    {
        var pads = PadLengths(sequences);
        var width = sequences.Max(s => s.Length);
        var ids = new long[sequences.Count * width];
        for (var b = 0; b < sequences.Count; b++)
        {
            Array.Fill(ids, padId, b * width, (int)pads[b]);
            for (var i = 0; i < sequences[b].Length; i++)
                ids[b * width + pads[b] + i] = sequences[b][i];
        }
        var input = tensor(ids, [sequences.Count, width], device: device); // (B, T)
        return new DecoderInput(input, Positions(pads, 0, width, device), Mask(pads, width, width, device), cache);
    }

    /// <summary>Positions (B, count) of columns start..start+count-1: column minus padding, 0 on pads.</summary>
    public static Tensor Positions(long[] pads, long start, long count, Device device)
    {
        using var scope = NewDisposeScope();
        var columns = Scalars.Arange(start, start + count, device).view(1, count); // (1, T)
        var padding = tensor(pads, device: device).view(pads.Length, 1); // (B, 1)
        return (columns - padding).clamp_min(Scalars.Zero).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Mask (B, 1, T, S) for the last <paramref name="queryLength"/> of <paramref name="keyLength"/> columns, or
    /// null when no row is padded (plain causal attention, the fast path).
    /// </summary>
    public static Tensor? Mask(long[] pads, long keyLength, long queryLength, Device device)
    {
        if (pads.All(p => p == 0))
            return null;
        using var scope = NewDisposeScope();
        var columns = Scalars.Arange(0, keyLength, device).view(1, keyLength); // (1, S)
        var keyValid = columns.ge(tensor(pads, device: device).view(pads.Length, 1)); // (B, S)
        return AttentionMasks.Causal(keyValid, queryLength).MoveToOuterDisposeScope();
    }
}

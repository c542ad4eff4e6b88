using static TorchSharp.torch;

namespace Psr.Training.Data;

/// <summary>Pads tokenized prompt + completion rows into a <see cref="CompletionBatch"/> (TRL-style collator; no loss here).</summary>
public static class CompletionCollator
{
    /// <summary>
    /// Collates <paramref name="rows"/> onto <paramref name="device"/>, padding with <paramref name="padId"/> to the
    /// longest row, rounded up to a multiple of <paramref name="lengthMultiple"/> (padding carries no loss and, at the
    /// end of a causal row, changes no other position), and to at least <paramref name="minWidth"/> positions.
    /// </summary>
    public static CompletionBatch Collate(IReadOnlyList<PromptCompletion> rows, int padId, Device device, int lengthMultiple = 1, int minWidth = 0)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(lengthMultiple, 1);
        var b = rows.Count;
        var longest = Math.Max(Math.Max(1, minWidth), rows.Max(r => r.Ids.Length) - 1);
        var t = (longest + lengthMultiple - 1) / lengthMultiple * lengthMultiple;
        var inputs = new long[b * t];
        var targets = new long[b * t];
        var mask = new float[b * t];
        Array.Fill(inputs, padId);
        Array.Fill(targets, padId);
        var tokens = 0;
        for (var row = 0; row < b; row++)
            tokens += Fill(rows[row], inputs.AsSpan(row * t, t), targets.AsSpan(row * t, t), mask.AsSpan(row * t, t));
        return new CompletionBatch(
            tensor(inputs, [b, t], device: device), // (B, T)
            tensor(targets, [b, t], device: device), // (B, T)
            tensor(mask, [b, t], device: device), // (B, T)
            tokens);
    }

    private static int Fill(PromptCompletion row, Span<long> inputs, Span<long> targets, Span<float> mask)
    {
        var ids = row.Ids;
        var tokens = 0;
        for (var t = 0; t + 1 < ids.Length; t++)
        {
            inputs[t] = ids[t];
            targets[t] = ids[t + 1];
            if (t + 1 >= row.PromptLength)
            {
                mask[t] = 1f;
                tokens++;
            }
        }
        return tokens;
    }
}

using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Data;

/// <summary>Pads preference pairs into one <see cref="PreferenceBatch"/> (chosen rows first, then rejected).</summary>
public static class PreferenceCollator
{
    /// <summary>
    /// Collates <paramref name="pairs"/> onto <paramref name="device"/>, padding with <paramref name="padId"/>;
    /// <paramref name="span"/> decides the preference mask.
    /// </summary>
    public static PreferenceBatch Collate(
        IReadOnlyList<PreferencePair> pairs, int padId, Device device, PreferenceTokens span = PreferenceTokens.Whole)
    {
        var rows = pairs.Select(p => p.Chosen).Concat(pairs.Select(p => p.Rejected)).ToArray();
        var chosenTokens = pairs.Sum(p => ScoredTokens(p.Chosen));
        var batch = CompletionCollator.Collate(rows, padId, device);
        var preferenceMask = span == PreferenceTokens.Whole ? batch.LossMask : FirstDifferenceMask(pairs, batch, device);
        return new PreferenceBatch(batch, pairs.Count, chosenTokens) { PreferenceMask = preferenceMask };
    }

    /// <summary>
    /// Index (into <see cref="PromptCompletion.Ids"/>) of the first completion token where the two sides differ; when one
    /// side is a prefix of the other, the first token past the shorter one (the longer side's extra token, or the
    /// shorter side's end).
    /// </summary>
    public static int FirstDifference(PreferencePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var (a, b) = (pair.Chosen.Ids, pair.Rejected.Ids);
        var i = Math.Min(pair.Chosen.PromptLength, pair.Rejected.PromptLength);
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        return i;
    }

    // The loss mask cut after each pair's first difference: position t predicts id t + 1, so keep t + 1 <= d.
    private static Tensor FirstDifferenceMask(IReadOnlyList<PreferencePair> pairs, CompletionBatch batch, Device device)
    {
        var (rows, width) = ((int)batch.LossMask.shape[0], (int)batch.LossMask.shape[1]);
        var mask = batch.LossMask.cpu().data<float>().ToArray();
        for (var p = 0; p < pairs.Count; p++)
        {
            var keep = FirstDifference(pairs[p]); // last kept target position is keep − 1
            foreach (var row in new[] { p, pairs.Count + p })
                mask.AsSpan(row * width + Math.Min(width, keep), width - Math.Min(width, keep)).Clear();
        }
        return tensor(mask, [rows, width], device: device); // (2P, T)
    }

    // Completion tokens that get a prediction: the first id of a sequence has none.
    private static int ScoredTokens(PromptCompletion row) => row.Ids.Length - Math.Max(1, row.PromptLength);
}

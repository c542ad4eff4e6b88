using static TorchSharp.torch;

namespace Psr.Training.Data;

/// <summary>Pads preference pairs into one <see cref="PreferenceBatch"/> (chosen rows first, then rejected).</summary>
public static class PreferenceCollator
{
    /// <summary>Collates <paramref name="pairs"/> onto <paramref name="device"/>, padding with <paramref name="padId"/>.</summary>
    public static PreferenceBatch Collate(IReadOnlyList<PreferencePair> pairs, int padId, Device device)
    {
        var rows = pairs.Select(p => p.Chosen).Concat(pairs.Select(p => p.Rejected)).ToArray();
        var chosenTokens = pairs.Sum(p => ScoredTokens(p.Chosen));
        return new PreferenceBatch(CompletionCollator.Collate(rows, padId, device), pairs.Count, chosenTokens);
    }

    // Completion tokens that get a prediction: the first id of a sequence has none.
    private static int ScoredTokens(PromptCompletion row) => row.Ids.Length - Math.Max(1, row.PromptLength);
}

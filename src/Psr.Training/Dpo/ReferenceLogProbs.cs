using Psr.Model.Qwen2;
using Psr.Training.Data;
using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Dpo;

/// <summary>
/// The reference model's summed completion log-probs for every pair, computed once before training from the model
/// that starts the round; afterwards the same weights become the policy, so no second model copy stays in memory.
/// </summary>
/// <param name="Chosen">log π_ref(chosen | prompt) per pair.</param>
/// <param name="Rejected">log π_ref(rejected | prompt) per pair.</param>
public sealed record ReferenceLogProbs(float[] Chosen, float[] Rejected)
{
    /// <summary>Scores every pair with <paramref name="model"/> in length-sorted batches, without gradients, over the <paramref name="span"/> tokens.</summary>
    public static ReferenceLogProbs Compute(Qwen2ForCausalLM model, IReadOnlyList<PreferencePair> pairs, int batchSize, int padId,
        PreferenceTokens span = PreferenceTokens.Whole)
    {
        var chosen = new float[pairs.Count];
        var rejected = new float[pairs.Count];
        using var noGrad = no_grad();
        model.eval();
        var order = Enumerable.Range(0, pairs.Count)
            .OrderBy(i => Math.Max(pairs[i].Chosen.Ids.Length, pairs[i].Rejected.Ids.Length)); // less padding
        foreach (var chunk in order.Chunk(batchSize))
        {
            using var scope = NewDisposeScope();
            var batch = PreferenceCollator.Collate(chunk.Select(i => pairs[i]).ToArray(), padId, model.Device, span);
            var logits = model.forward(new DecoderInput(batch.Rows.InputIds)); // (2P, T, V)
            var sums = LogProbs.SequenceSums(logits, batch.Rows.Targets, batch.PreferenceMask).cpu().data<float>().ToArray(); // (2P)
            for (var k = 0; k < chunk.Length; k++)
            {
                chosen[chunk[k]] = sums[k];
                rejected[chunk[k]] = sums[chunk.Length + k];
            }
        }
        return new ReferenceLogProbs(chosen, rejected);
    }

    /// <summary>The reference values of the pairs <paramref name="indices"/> as two (P) float32 tensors.</summary>
    public (Tensor Chosen, Tensor Rejected) For(IReadOnlyList<int> indices, Device device) =>
        (tensor(indices.Select(i => Chosen[i]).ToArray(), device: device),
         tensor(indices.Select(i => Rejected[i]).ToArray(), device: device));
}

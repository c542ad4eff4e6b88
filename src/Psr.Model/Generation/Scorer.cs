using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>
/// Log-probabilities of given completions after given prompts, computed in left-padded batches (for DPO reference
/// scores and for judges reading verdict-token probabilities). Prompt and completion are encoded separately and
/// concatenated, so the completion's tokens are exactly <see cref="ITokenizer.Encode"/> of the completion.
/// </summary>
public sealed class Scorer(Qwen2ForCausalLM model, ITokenizer tokenizer, int maxBatch = 16)
{
    /// <summary>Scores each (prompt, completion) pair, in input order.</summary>
    public IReadOnlyList<CompletionScore> LogProbs(IReadOnlyList<(string Prompt, string Completion)> pairs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        var encoded = pairs.Select(p => (Prompt: tokenizer.Encode(p.Prompt), Completion: tokenizer.Encode(p.Completion))).ToList();
        var empty = encoded.FindIndex(p => p.Prompt.Length == 0);
        if (empty >= 0)
            throw new ArgumentException($"prompt {empty} encodes to no tokens; scoring needs at least one before the completion");
        var scores = new List<CompletionScore>(pairs.Count);
        using var noGrad = no_grad();
        foreach (var chunk in encoded.Chunk(maxBatch))
            scores.AddRange(ScoreBatch(chunk));
        return scores;
    }

    private IEnumerable<CompletionScore> ScoreBatch((int[] Prompt, int[] Completion)[] batch)
    {
        var longest = batch.Max(p => p.Completion.Length);
        if (longest == 0)
            return batch.Select(p => new CompletionScore(p.Completion, [], 0));
        var sequences = batch.Select(p => p.Prompt.Concat(p.Completion).ToArray()).ToList();
        if (sequences.Any(s => s.Length > model.Config.MaxPositionEmbeddings))
            throw new ArgumentException($"a prompt + completion exceeds max_position_embeddings ({model.Config.MaxPositionEmbeddings})");
        float[] flat;
        using (var scope = NewDisposeScope())
        {
            var input = LeftPadding.Batch(sequences, tokenizer.PadId, model.Device);
            var hidden = model.Hidden(input); // (B, T, D)
            var t = hidden.shape[1];
            // Only the last `longest` predictions can concern completion tokens: project just those.
            var logits = model.Logits(hidden.narrow(1, t - 1 - longest, longest)); // (B, C, V)
            var targets = input.InputIds.narrow(1, t - longest, longest); // (B, C)
            flat = TokenLogProbs.Gather(logits, targets).cpu().data<float>().ToArray(); // B·C
        }
        return batch.Select((p, b) =>
        {
            var c = p.Completion.Length;
            var logps = flat.AsSpan(b * longest + longest - c, c).ToArray();
            return new CompletionScore(p.Completion, logps, logps.Sum(x => (double)x));
        }).ToList();
    }
}

using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Training.Data;
using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Dpo;

/// <summary>
/// Seed SFT examples replayed beside the preference pairs, so that a round's update keeps what M1 learned from its
/// seed data. Cycles through the examples in a seeded, length-bucketed order independent of the pairs' order.
/// </summary>
internal sealed class ReplaySet
{
    private readonly PromptCompletion[] _rows;
    private readonly BatchCursor _cursor;

    private ReplaySet(PromptCompletion[] rows, BatchCursor cursor)
    {
        _rows = rows;
        _cursor = cursor;
    }

    /// <summary>The replay set of a round, or null when replay is off or there is nothing to replay.</summary>
    public static ReplaySet? Create(ITokenizer tokenizer, IReadOnlyList<SftExample>? examples, StepDpoConfig config)
    {
        if (config.Replay == 0 || examples is null || examples.Count == 0)
            return null;
        var rows = examples.Select(e => CompletionEncoder.Encode(tokenizer, e, config.MaxSequenceTokens, EosPolicy.Append)).ToArray();
        var cursor = new BatchCursor(rows.Select(r => r.Ids.Length).ToArray(), config.Replay, 1, config.Seed + 1);
        return new ReplaySet(rows, cursor);
    }

    /// <summary>
    /// Per-token NLL of the next replay batch under <paramref name="model"/> (a scalar in the caller's scope) and the
    /// padded tokens its forward pass read, which the run profile counts as trained.
    /// </summary>
    public (Tensor Nll, long Tokens) Nll(Qwen2ForCausalLM model, int padId)
    {
        var batch = CompletionCollator.Collate(_cursor.Next().Select(i => _rows[i]).ToArray(), padId, model.Device);
        var logits = model.forward(new DecoderInput(batch.InputIds)); // (R, T, V)
        return (MaskedCrossEntropy.Normalized(logits, batch.Targets, batch.LossMask, Math.Max(1, batch.TokenCount)), batch.InputIds.numel());
    }
}

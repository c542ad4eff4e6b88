using Psr.Model.Generation;
using Psr.Model.Qwen2;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Generation;

public sealed class ScorerTests
{
    private static readonly TestCharTokenizer Tokenizer = new();

    [Fact]
    public void Log_probs_equal_a_direct_log_softmax_of_the_unpadded_sequence()
    {
        // Given a model and one prompt/completion pair
        using var model = TinyModels.Model(vocab: Tokenizer.VocabSize, seed: 9);
        var prompt = Tokenizer.Encode("12+30=");
        var completion = Tokenizer.Encode("42\n");

        // When scored by the scorer and by hand from one forward pass
        var score = new Scorer(model, Tokenizer).LogProbs([("12+30=", "42\n")]).Single();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var ids = tensor(prompt.Concat(completion).Select(i => (long)i).ToArray()).view(1, -1);
        var logp = model.forward(new DecoderInput(ids)).log_softmax(-1)[0]; // (T, V)
        var expected = completion.Select((tok, k) => logp[prompt.Length - 1 + k, tok].item<float>()).ToArray();

        // Then the per-token values and their sum match
        Assert.Equal(completion, score.CompletionIds);
        Assert.Equal(expected, score.TokenLogProbs, (a, b) => Math.Abs(a - b) < 1e-5);
        Assert.Equal(expected.Sum(x => (double)x), score.Sum, 5);
    }

    [Fact]
    public void Ragged_batches_score_each_pair_as_if_alone()
    {
        using var model = TinyModels.Model(vocab: Tokenizer.VocabSize, seed: 9);
        (string, string)[] pairs = [("1+1=", "2"), ("step 1: 3+4=7\nstep 2: ", "7+1=8"), ("a", "bc"), ("xy", "")];

        var batched = new Scorer(model, Tokenizer, maxBatch: 3).LogProbs(pairs);
        var alone = pairs.Select(p => new Scorer(model, Tokenizer).LogProbs([p]).Single()).ToList();

        for (var i = 0; i < pairs.Length; i++)
        {
            Assert.Equal(alone[i].TokenLogProbs, batched[i].TokenLogProbs, (a, b) => Math.Abs(a - b) < 1e-5);
            Assert.Equal(alone[i].Sum, batched[i].Sum, 4);
        }
        Assert.Empty(batched[3].TokenLogProbs);
        Assert.True(batched.Take(3).All(s => s.Sum < 0));
    }
}

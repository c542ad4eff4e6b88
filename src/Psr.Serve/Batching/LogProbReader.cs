using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using static TorchSharp.torch;

namespace Psr.Serve.Batching;

/// <summary>
/// Log-probabilities of generated tokens and their top alternatives, by one forward pass over prompt + completion
/// (the raw model distribution, as vLLM reports by default). <c>Scorer</c> gives only the chosen tokens' values;
/// the judge's verdict-token feature needs the alternatives, hence this reader.
/// </summary>
internal sealed class LogProbReader(Qwen2ForCausalLM model, ITokenizer tokenizer)
{
    public IReadOnlyList<ServedTokenLogProb> Read(string prompt, int[] completion, int top)
    {
        if (completion.Length == 0)
            return [];
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var ids = tokenizer.Encode(prompt).Concat(completion).ToArray();
        var c = completion.Length;
        var input = LeftPadding.Batch([ids], tokenizer.PadId, model.Device);
        var hidden = model.Hidden(input); // (1, T, D)
        var logp = model.Logits(hidden.narrow(1, ids.Length - 1 - c, c)).to_type(ScalarType.Float32).log_softmax(-1).squeeze(0); // (C, V)
        var chosen = logp.gather(1, tensor(completion.Select(i => (long)i).ToArray()).view(c, 1)).squeeze(1).data<float>().ToArray(); // C
        var k = (int)Math.Min(top, logp.shape[1]);
        var (values, indices) = logp.topk(k, dim: -1); // (C, k) each
        var v = values.data<float>().ToArray();
        var ix = indices.data<long>().ToArray();
        return Enumerable.Range(0, c).Select(p => new ServedTokenLogProb(
            tokenizer.Decode([completion[p]]),
            chosen[p],
            Enumerable.Range(0, k).Select(j => KeyValuePair.Create(tokenizer.Decode([(int)ix[p * k + j]]), (double)v[p * k + j])).ToList())).ToList();
    }
}

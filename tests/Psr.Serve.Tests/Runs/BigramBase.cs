using Psr.Model.Qwen2;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using TorchSharp;

namespace Psr.Serve.Tests.Runs;

/// <summary>
/// A hand-set base model for whole-loop tests: a few seconds of training cannot teach a tiny model the judge format,
/// and with no verdicts a run collects no pairs. This one is a character bigram (attention and MLP zeroed, one-hot
/// embeddings, the LM head a table of next-character logits): after a newline it writes <c>[</c>, after <c>[</c> one of
/// <c>[</c>, <c>A</c>, <c>B</c>, then <c>]</c>s and a newline or EOS (so paths finish). Judges sampled from it write <c>[[A]]</c> or
/// <c>[[B]]</c> often enough, and its sampled steps differ, so a round collects pairs.
/// </summary>
internal static class BigramBase
{
    private static readonly (char From, (char To, double P)[] Next)[] Table =
    [
        ('\n', [('[', 0.97), ('A', 0.03)]),
        ('[', [('[', 0.5), ('A', 0.27), ('B', 0.23)]),
        ('A', [(']', 0.97), ('\n', 0.03)]),
        ('B', [(']', 0.97), ('\n', 0.03)]),
        (']', [(']', 0.5), ('\u0000', 0.3), ('\n', 0.2)]), // \u0000 = EOS: a step that ends the solution
    ];

    /// <summary>Writes the model with the world's tokenizer into <paramref name="dir"/>.</summary>
    public static void Save(string dir)
    {
        var tokenizer = WorldTokenizer.Create();
        var vocab = tokenizer.VocabSize;
        var d = 128; // >= vocab: one-hot embeddings
        var config = new Qwen2Config
        {
            HiddenSize = d, IntermediateSize = 32, NumHiddenLayers = 1, NumAttentionHeads = 4, NumKeyValueHeads = 4, VocabSize = vocab,
            MaxPositionEmbeddings = 1024, TieWordEmbeddings = false, AttentionBias = false,
        };
        using var model = Qwen2ForCausalLM.Create(config, torch.CPU, ModelDtype.Float32, seed: 1);
        // logits[j] after token i = sqrt(d) * head[j, i] (RMS norm turns the one-hot e_i into sqrt(d) e_i)
        var head = new float[vocab * d];
        var scale = (float)(1 / Math.Sqrt(d));
        for (var i = 0; i < vocab; i++)
            head[tokenizer.EosId * d + i] = -20 * scale; // by default: newline, never EOS
        for (var i = 0; i < vocab; i++)
            head[Id(tokenizer, '\n') * d + i] = 0;
        foreach (var (from, next) in Table)
        {
            var i = Id(tokenizer, from);
            for (var j = 0; j < vocab; j++)
                head[j * d + i] = -30 * scale;
            foreach (var (to, p) in next)
                head[(to == '\u0000' ? tokenizer.EosId : Id(tokenizer, to)) * d + i] = (float)Math.Log(p) * scale;
        }
        using (torch.no_grad())
        {
            foreach (var (name, p) in model.named_parameters())
            {
                if (name.EndsWith("norm.weight", StringComparison.Ordinal))
                    p.fill_(1);
                else if (name == "model.embed_tokens.weight")
                    p.copy_(torch.eye(vocab, d)); // (V, d) one-hot rows
                else if (name == "lm_head.weight")
                    p.copy_(torch.tensor(head, [vocab, d]));
                else
                    p.zero_();
            }
        }
        ModelFolder.Save(model, tokenizer, dir);
    }

    private static int Id(Psr.Model.Tokenization.CharTokenizer tokenizer, char c) => tokenizer.Encode(c.ToString())[0];
}

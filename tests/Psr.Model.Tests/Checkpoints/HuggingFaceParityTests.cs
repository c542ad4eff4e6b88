using System.Text.Json;
using Psr.Model.Checkpoints;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Checkpoints;

/// <summary>
/// Parity with Hugging Face transformers: Fixtures/hf-qwen2/ holds tiny random Qwen2ForCausalLM folders written by
/// transformers' save_pretrained, with the logits and greedy continuations transformers computed for fixed ids
/// (Fixtures/make-hf-qwen2.py; versions in versions.json).
/// </summary>
public sealed class HuggingFaceParityTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-qwen2");

    public static TheoryData<string> Variants => new() { "untied", "tied", "sharded" };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Logits_match_transformers_within_1e_4(string variant)
    {
        // Given a checkpoint folder exactly as transformers wrote it, and the ids and logits transformers computed
        using var scope = NewDisposeScope();
        using var model = Qwen2Checkpoint.Load(Path.Combine(Root, variant), CPU);
        var reference = Path.Combine(Root, $"{variant}.logits.safetensors");
        var header = SafetensorsHeader.Read(reference);
        var ids = SafetensorsFile.ReadTensor(header, header.Tensors["input_ids"]);
        var expected = SafetensorsFile.ReadTensor(header, header.Tensors["logits"]);

        // When psr runs the same ids
        using var noGrad = no_grad();
        var actual = model.forward(new DecoderInput(ids));

        // Then every logit is within 1e-4 of transformers' (float32), and the logits are not trivially small
        Assert.Equal(expected.shape, actual.shape);
        var maxDiff = (actual - expected).abs().max().item<float>();
        Console.WriteLine($"{variant}: max |psr - transformers| = {maxDiff}");
        Assert.True(maxDiff <= 1e-4f, $"{variant}: max |psr - transformers| = {maxDiff}");
        Assert.True(expected.abs().max().item<float>() > 1f);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Config_reads_the_transformers_5_keys(string variant)
    {
        // transformers 5 writes rope_parameters.rope_theta and dtype instead of rope_theta and torch_dtype
        var config = Qwen2Config.Load(Path.Combine(Root, variant, "config.json"));
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, variant, "config.json"))).RootElement;
        Assert.Equal(json.GetProperty("rope_parameters").GetProperty("rope_theta").GetDouble(), config.RopeTheta);
        Assert.Equal(ModelDtype.Float32, config.TorchDtype);
        Assert.Equal(json.GetProperty("tie_word_embeddings").GetBoolean(), config.TieWordEmbeddings);
        Assert.True(config.AttentionBias);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Greedy_generation_with_the_kv_cache_matches_transformers_generate(string variant)
    {
        // Given the prompt and the 16 tokens transformers' generate(do_sample=False) produced
        using var model = Qwen2Checkpoint.Load(Path.Combine(Root, variant), CPU);
        var greedy = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, $"{variant}.greedy.json"))).RootElement;
        var prompt = greedy.GetProperty("prompt").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var continuation = greedy.GetProperty("continuation").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var tokenizer = new IdTokenizer(model.Config.VocabSize);

        // When psr decodes greedily from the same prompt
        var completion = new TextGenerator(model, tokenizer).Sample(
            [tokenizer.Decode(prompt)],
            new SamplingOptions { Temperature = 0, MaxNewTokens = continuation.Length }).Single();

        // Then it writes the same ids
        Assert.Equal(continuation, completion.TokenIds);
        Assert.Equal(continuation, tokenizer.Encode(completion.Text));
    }

    [Fact]
    public void Unsupported_rope_and_sliding_window_settings_are_refused_with_the_key()
    {
        var json = File.ReadAllText(Path.Combine(Root, "untied", "config.json"));
        var yarn = json.Replace("\"rope_type\": \"default\"", "\"rope_type\": \"yarn\"");
        var ex = Assert.Throws<Psr.Core.Errors.PsrException>(() => Qwen2Config.Parse(yarn, "x/config.json"));
        Assert.Equal("x/config.json: rope_parameters.rope_type (yarn) is not supported: only the default rotary embedding is implemented", ex.Message);
        var sliding = json.Replace("\"use_sliding_window\": false", "\"use_sliding_window\": true");
        ex = Assert.Throws<Psr.Core.Errors.PsrException>(() => Qwen2Config.Parse(sliding, "x/config.json"));
        Assert.StartsWith("x/config.json: use_sliding_window (true)", ex.Message);
    }

    /// <summary>One character per id (CJK code points), so that text round-trips ids exactly; EOS and padding lie outside the model's vocabulary.</summary>
    private sealed class IdTokenizer(int vocab) : ITokenizer
    {
        private const char First = '\u4E00';
        public int VocabSize => vocab + 2;
        public int EosId => vocab;
        public int PadId => vocab + 1;
        public int[] Encode(string text) => text.Select(c => (int)(c - First)).ToArray();
        public string Decode(ReadOnlySpan<int> ids)
        {
            var chars = new List<char>();
            foreach (var id in ids)
                if (id < vocab)
                    chars.Add((char)(First + id));
            return new string(chars.ToArray());
        }
    }
}

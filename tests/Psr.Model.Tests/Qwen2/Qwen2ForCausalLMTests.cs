using Psr.Model.Generation;
using Psr.Model.Qwen2;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Qwen2;

public sealed class Qwen2ForCausalLMTests
{
    private const string UntiedKeys = """
        model.embed_tokens.weight [64, 32]
        model.layers.0.self_attn.q_proj.weight [32, 32]
        model.layers.0.self_attn.q_proj.bias [32]
        model.layers.0.self_attn.k_proj.weight [16, 32]
        model.layers.0.self_attn.k_proj.bias [16]
        model.layers.0.self_attn.v_proj.weight [16, 32]
        model.layers.0.self_attn.v_proj.bias [16]
        model.layers.0.self_attn.o_proj.weight [32, 32]
        model.layers.0.mlp.gate_proj.weight [64, 32]
        model.layers.0.mlp.up_proj.weight [64, 32]
        model.layers.0.mlp.down_proj.weight [32, 64]
        model.layers.0.input_layernorm.weight [32]
        model.layers.0.post_attention_layernorm.weight [32]
        model.layers.1.self_attn.q_proj.weight [32, 32]
        model.layers.1.self_attn.q_proj.bias [32]
        model.layers.1.self_attn.k_proj.weight [16, 32]
        model.layers.1.self_attn.k_proj.bias [16]
        model.layers.1.self_attn.v_proj.weight [16, 32]
        model.layers.1.self_attn.v_proj.bias [16]
        model.layers.1.self_attn.o_proj.weight [32, 32]
        model.layers.1.mlp.gate_proj.weight [64, 32]
        model.layers.1.mlp.up_proj.weight [64, 32]
        model.layers.1.mlp.down_proj.weight [32, 64]
        model.layers.1.input_layernorm.weight [32]
        model.layers.1.post_attention_layernorm.weight [32]
        model.norm.weight [32]
        lm_head.weight [64, 32]
        """;

    private static string KeysAndShapes(Qwen2ForCausalLM model) => string.Join("\n",
        model.state_dict().Select(kv => $"{kv.Key} [{string.Join(", ", kv.Value.shape)}]"));

    [Fact]
    public void State_dict_uses_hugging_face_qwen2_key_names_and_shapes()
    {
        // Given an untied tiny Qwen2 (hidden 32, 4 heads, 2 KV heads, vocab 64)
        using var model = TinyModels.Model();

        // Then its keys and shapes are exactly Hugging Face's (rotary tables are not saved)
        Assert.Equal(UntiedKeys.ReplaceLineEndings("\n"), KeysAndShapes(model));
    }

    [Fact]
    public void Tied_model_has_no_lm_head_and_no_bias_model_has_no_qkv_biases()
    {
        using var tied = TinyModels.Model(tied: true);
        using var llama = TinyModels.Model(bias: false);

        Assert.DoesNotContain("lm_head.weight", tied.state_dict().Keys);
        Assert.DoesNotContain(llama.state_dict().Keys, k => k.EndsWith(".bias"));
        Assert.Equal(UntiedKeys.Split('\n').Length - 1, tied.state_dict().Count);
    }

    [Fact]
    public void Same_seed_gives_same_weights_and_different_seed_different()
    {
        using var a = TinyModels.Model(seed: 7);
        using var b = TinyModels.Model(seed: 7);
        using var c = TinyModels.Model(seed: 8);

        var key = "model.layers.1.mlp.up_proj.weight";
        Assert.True(a.state_dict()[key].equal(b.state_dict()[key]).all().item<bool>());
        Assert.False(a.state_dict()[key].equal(c.state_dict()[key]).all().item<bool>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cached_incremental_decoding_matches_one_full_forward(bool tied)
    {
        // Given a model and 9 tokens
        using var model = TinyModels.Model(tied);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var ids = tensor(new long[] { 3, 14, 15, 9, 2, 6, 5, 35, 8 }).view(1, 9);

        // When the logits are computed at once, and as a 5-token prefill followed by 4 single-token cached steps
        var full = model.forward(new DecoderInput(ids)); // (1, 9, V)
        using var cache = new KvCache(model.Config, 1, 16, CPU, ScalarType.Float32);
        var parts = new List<Tensor> { model.forward(new DecoderInput(ids.narrow(1, 0, 5), Cache: cache)) };
        for (var i = 5; i < 9; i++)
            parts.Add(model.forward(new DecoderInput(ids.narrow(1, i, 1), Cache: cache)));

        // Then they agree
        Assert.True(cat(parts, 1).allclose(full, rtol: 1e-4, atol: 1e-5));
        Assert.Equal(9, cache.Length);
    }

    [Fact]
    public void Bfloat16_forward_runs_and_stays_close_to_float32()
    {
        // Given the same weights in float32 and bfloat16
        using var f32 = TinyModels.Model(seed: 3);
        using var bf16 = TinyModels.Model(seed: 3, dtype: ModelDtype.BFloat16);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var ids = tensor(new long[] { 1, 2, 3, 4, 5, 6 }).view(2, 3);

        // When both run
        var a = f32.forward(new DecoderInput(ids));
        var b = bf16.forward(new DecoderInput(ids));

        // Then bf16 gives bf16 logits of the right shape, finite and near the float32 ones
        Assert.Equal(ScalarType.BFloat16, b.dtype);
        Assert.Equal(new long[] { 2, 3, 64 }, b.shape);
        Assert.True(b.isfinite().all().item<bool>());
        Assert.True((a - b.to_type(ScalarType.Float32)).abs().max().item<float>() < 0.05f);
    }
}

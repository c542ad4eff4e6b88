using Psr.Core.Errors;
using Psr.Model.Qwen2;

namespace Psr.Model.Tests.Qwen2;

public sealed class Qwen2ConfigTests
{
    // Shape of a published Qwen2.5-0.5B config.json: extra keys must be ignored, not rejected.
    private const string HuggingFaceConfig = """
        {"architectures":["Qwen2ForCausalLM"],"attention_dropout":0.0,"bos_token_id":151643,"eos_token_id":151643,
         "hidden_act":"silu","hidden_size":896,"initializer_range":0.02,"intermediate_size":4864,
         "max_position_embeddings":32768,"max_window_layers":24,"model_type":"qwen2","num_attention_heads":14,
         "num_hidden_layers":24,"num_key_value_heads":2,"rms_norm_eps":1e-06,"rope_theta":1000000.0,
         "sliding_window":32768,"tie_word_embeddings":true,"torch_dtype":"bfloat16","transformers_version":"4.40.1",
         "use_cache":true,"use_sliding_window":false,"vocab_size":151936}
        """;

    [Fact]
    public void A_hugging_face_qwen2_config_parses_with_unknown_keys_ignored()
    {
        var config = Qwen2Config.Parse(HuggingFaceConfig, "config.json");

        Assert.Equal(896, config.HiddenSize);
        Assert.Equal(64, config.HeadDim);
        Assert.Equal(2, config.NumKeyValueHeads);
        Assert.Equal(1_000_000.0, config.RopeTheta);
        Assert.True(config.TieWordEmbeddings);
        Assert.True(config.AttentionBias);
        Assert.Equal(ModelDtype.BFloat16, config.TorchDtype);
    }

    [Fact]
    public void Written_json_round_trips_and_names_the_architecture()
    {
        var llama = TinyModels.Config(bias: false);

        var json = llama.ToJson();

        Assert.Equal(llama, Qwen2Config.Parse(json, "config.json"));
        Assert.Contains("\"model_type\": \"llama\"", json);
        Assert.Contains("\"attention_bias\": false", json);
    }

    [Fact]
    public void Validation_lists_every_problem_with_its_value()
    {
        var bad = TinyModels.Config() with { VocabSize = 0, RopeTheta = 0, RmsNormEps = -1 };

        var e = Assert.Throws<ConfigException>(() => bad.Validate());

        Assert.Equal(["vocab_size (0) must be > 0", "rope_theta (0) must be > 1", "rms_norm_eps (-1) must be > 0"], e.Problems);
    }
}

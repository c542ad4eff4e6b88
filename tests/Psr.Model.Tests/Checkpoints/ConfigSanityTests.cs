using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Model.Checkpoints;
using Psr.Model.Qwen2;
using TorchSharp;

namespace Psr.Model.Tests.Checkpoints;

/// <summary>config.json sizes out of any sane range fail with one line before a model (or its rotary tables) is allocated.</summary>
public sealed class ConfigSanityTests
{
    private const string Base = """
        {"hidden_size":32,"intermediate_size":64,"num_hidden_layers":2,"num_attention_heads":4,"num_key_value_heads":2,"vocab_size":40}
        """;

    [Theory]
    [InlineData("max_position_embeddings", 2_000_000_000L, "max_position_embeddings (2000000000) is out of range (at most 262144)")]
    [InlineData("hidden_size", 1L << 20, "hidden_size (1048576) is out of range (at most 32768)")]
    [InlineData("vocab_size", 100_000_000L, "vocab_size (100000000) is out of range (at most 1048576)")]
    [InlineData("num_hidden_layers", 100_000L, "num_hidden_layers (100000) is out of range (at most 512)")]
    public void A_size_out_of_range_is_one_line_naming_the_field(string field, long value, string expected)
    {
        var json = JsonNode.Parse(Base)!.AsObject();
        json[field] = value;

        var e = Assert.Throws<PsrException>(() => Qwen2Config.Parse(json.ToJsonString(), "m/config.json"));

        Assert.Contains(expected, e.Message);
        Assert.StartsWith("m/config.json: ", e.Message);
    }

    [Theory]
    [InlineData("vocab_size", 500_000, "tensor 'model.embed_tokens.weight' has shape [40, 32] but config.json implies [500000, 32] (vocab_size 500000, hidden_size 32)")]
    [InlineData("num_hidden_layers", 300, "num_hidden_layers (300) and intermediate_size (64) imply a tensor 'model.layers.299.mlp.up_proj.weight'")]
    [InlineData("num_hidden_layers", 1, "num_hidden_layers (1) is fewer than the weights' layers")]
    public void Sizes_the_weights_do_not_have_fail_before_the_model_is_built(string field, int value, string expected)
    {
        // Given a saved tiny checkpoint whose config.json is then edited to claim other sizes
        var folder = Directory.CreateTempSubdirectory("psr-config-sanity-").FullName;
        try
        {
            using (var model = TinyModels.Model(seed: 1, vocab: 40))
                Qwen2Checkpoint.Save(model, folder);
            var path = Path.Combine(folder, Qwen2Checkpoint.ConfigFile);
            var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            json[field] = value;
            File.WriteAllText(path, json.ToJsonString());

            // When it is loaded, Then one line names the fields and the tensor (the check runs before allocation)
            var e = Assert.Throws<PsrException>(() => Qwen2Checkpoint.Load(folder, torch.CPU));
            Assert.Contains(expected, e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using Psr.Model.Checkpoints;
using Psr.Model.Qwen2;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Checkpoints;

public sealed class Qwen2CheckpointTests
{
    private static Tensor LogitsOf(Qwen2ForCausalLM model)
    {
        using var noGrad = no_grad();
        var ids = tensor(new long[] { 5, 9, 1, 33, 7, 2, 60, 4 }).view(2, 4);
        return model.forward(new DecoderInput(ids));
    }

    [Theory]
    [InlineData(false, long.MaxValue)]
    [InlineData(true, long.MaxValue)]
    [InlineData(false, 8_000)]
    public void Save_then_load_gives_identical_logits(bool tied, long maxShardBytes)
    {
        // Given a random tiny model saved to a folder (sharded when the shard limit is small)
        using var scope = NewDisposeScope();
        var dir = Directory.CreateTempSubdirectory().FullName;
        using var original = TinyModels.Model(tied, seed: 11);
        Qwen2Checkpoint.Save(original, dir, maxShardBytes);

        // When it is loaded back
        using var loaded = Qwen2Checkpoint.Load(dir, CPU);

        // Then the logits are bit-identical and only the expected files exist
        Assert.True(LogitsOf(original).equal(LogitsOf(loaded)).all().item<bool>());
        var files = Directory.GetFiles(dir).Select(Path.GetFileName).ToArray();
        Assert.Contains("config.json", files);
        Assert.Equal(maxShardBytes != long.MaxValue, files.Contains("model.safetensors.index.json"));
        Assert.DoesNotContain(files, f => f!.EndsWith(".tmp"));
    }

    [Fact]
    public void Saved_file_has_hugging_face_keys_format_metadata_and_config()
    {
        // Given a saved bf16 model
        var dir = Directory.CreateTempSubdirectory().FullName;
        using var model = TinyModels.Model(dtype: ModelDtype.BFloat16);
        Qwen2Checkpoint.Save(model, dir);

        // Then the safetensors header lists the HF keys in BF16, carries format "pt", and config.json says bfloat16
        var header = SafetensorsHeader.Read(Path.Combine(dir, "model.safetensors"));
        Assert.Equal(model.state_dict().Keys.Order(), header.Tensors.Keys.Order());
        Assert.All(header.Tensors.Values, e => Assert.Equal(ScalarType.BFloat16, e.Dtype));
        Assert.Contains("\"__metadata__\":{\"format\":\"pt\"}", File.ReadAllText(Path.Combine(dir, "model.safetensors")));
        var config = File.ReadAllText(Path.Combine(dir, "config.json"));
        Assert.Contains("\"torch_dtype\": \"bfloat16\"", config);
        Assert.Contains("\"model_type\": \"qwen2\"", config);
        Assert.Equal(model.Config with { TorchDtype = ModelDtype.BFloat16 }, Qwen2Config.Parse(config, "config.json"));
    }

    [Fact]
    public void A_bf16_checkpoint_loads_into_a_float32_model()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        using var bf16 = TinyModels.Model(dtype: ModelDtype.BFloat16, seed: 4);
        Qwen2Checkpoint.Save(bf16, dir);

        using var f32 = Qwen2Checkpoint.Load(dir, CPU, ModelDtype.Float32);

        Assert.Equal(ModelDtype.Float32, f32.Dtype);
        var key = "model.layers.0.mlp.up_proj.weight";
        Assert.True(f32.state_dict()[key].equal(bf16.state_dict()[key].to_type(ScalarType.Float32)).all().item<bool>());
    }

    [Fact]
    public void Saving_over_a_checkpoint_replaces_it()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        using var first = TinyModels.Model(seed: 1);
        using var second = TinyModels.Model(seed: 2);
        Qwen2Checkpoint.Save(first, dir, maxShardBytes: 8_000);

        Qwen2Checkpoint.Save(second, dir);

        using var loaded = Qwen2Checkpoint.Load(dir, CPU);
        using var scope = NewDisposeScope();
        Assert.True(LogitsOf(second).equal(LogitsOf(loaded)).all().item<bool>());
        Assert.False(File.Exists(Path.Combine(dir, "model.safetensors.index.json")));
    }
}

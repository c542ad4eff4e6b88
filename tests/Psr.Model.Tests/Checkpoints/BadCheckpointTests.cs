using System.Buffers.Binary;
using System.Text;
using Psr.Core.Errors;
using Psr.Model.Checkpoints;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Checkpoints;

public sealed class BadCheckpointTests
{
    /// <summary>A valid checkpoint folder of the tiny untied model.</summary>
    private static string ValidFolder()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        using var model = TinyModels.Model();
        Qwen2Checkpoint.Save(model, dir);
        return dir;
    }

    private static PsrException LoadFails(string dir)
    {
        var e = Assert.ThrowsAny<PsrException>(() => Qwen2Checkpoint.Load(dir, CPU).Dispose());
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }

    private static byte[] WithHeader(string json, int dataBytes)
    {
        var header = Encoding.UTF8.GetBytes(json);
        var bytes = new byte[8 + header.Length + dataBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)header.Length);
        header.CopyTo(bytes, 8);
        return bytes;
    }

    [Theory]
    [InlineData(null, "config.json: model config not found")]
    [InlineData("{\"hidden_size\": 32", "config.json: bad model config")]
    [InlineData("{\"hidden_size\": \"wide\"}", "config.json: bad model config at $.hidden_size")]
    [InlineData("{\"intermediate_size\":64,\"num_hidden_layers\":2,\"vocab_size\":64,\"num_key_value_heads\":2}", "missing required properties")]
    [InlineData("{\"hidden_size\":30,\"intermediate_size\":64,\"num_hidden_layers\":0,\"num_attention_heads\":4,\"num_key_value_heads\":3,\"vocab_size\":64}",
        "num_hidden_layers (0) must be > 0; hidden_size (30) must be divisible by num_attention_heads (4); num_attention_heads (4) must be divisible by num_key_value_heads (3)")]
    [InlineData("{\"hidden_size\":32,\"intermediate_size\":64,\"num_hidden_layers\":2,\"num_attention_heads\":4,\"num_key_value_heads\":2,\"vocab_size\":64,\"torch_dtype\":\"int8\"}", "$.torch_dtype")]
    public void Missing_or_corrupt_config_names_the_file_and_the_problem(string? config, string expected)
    {
        // Given a valid folder whose config.json is removed or replaced
        var dir = ValidFolder();
        var path = Path.Combine(dir, "config.json");
        if (config is null)
            File.Delete(path);
        else
            File.WriteAllText(path, config);

        // When it is loaded, Then one line names config.json and the problem
        var e = LoadFails(dir);
        Assert.Contains("config.json", e.Message);
        Assert.Contains(expected, e.Message);
    }

    public static TheoryData<byte[], string> BadWeights => new()
    {
        { new byte[] { 1, 2, 3 }, "truncated safetensors header: file has 3 bytes" },
        { WithHeader("{}", 0)[..6], "truncated safetensors header: file has 6 bytes" },
        { WithHeader("{\"a\":{}}", 0)[..12], "truncated safetensors header: it declares 8 bytes but the file has only 4" },
        { BitConverter.GetBytes(1L << 40).Concat(new byte[16]).ToArray(), "header length 1099511627776 exceeds the 100000000-byte limit" },
        { WithHeader("{\"model.norm.weight\": [", 0), "malformed safetensors header" },
        { WithHeader("[1, 2]", 0), "malformed safetensors header: expected a JSON object" },
        { WithHeader("{\"model.norm.weight\":{\"dtype\":\"F32\",\"shape\":[32],\"data_offsets\":[0,128]}}", 64),
            "tensor 'model.norm.weight': data_offsets [0, 128] lie outside the 64-byte data section" },
        { WithHeader("{\"model.norm.weight\":{\"dtype\":\"F32\",\"shape\":[32],\"data_offsets\":[0,64]}}", 64),
            "tensor 'model.norm.weight': data_offsets [0, 64] span 64 bytes but F32 [32] needs 128" },
        { WithHeader("{\"model.norm.weight\":{\"dtype\":\"Q4\",\"shape\":[32],\"data_offsets\":[0,64]}}", 64),
            "tensor 'model.norm.weight': unknown dtype 'Q4'" },
        { WithHeader("{\"a\\nb\":{\"dtype\":\"Q\\r4\",\"shape\":[32],\"data_offsets\":[0,64]}}", 64),
            "tensor 'a\\nb': unknown dtype 'Q\\r4'" },
        { WithHeader("{\"model.norm.weight\":{\"dtype\":\"F32\",\"shape\":[32],\"data_offsets\":[0,128]}}", 128),
            "missing tensor 'model.embed_tokens.weight'" },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public void Broken_safetensors_files_give_one_line_naming_file_and_tensor(byte[] weights, string expected)
    {
        // Given a valid config.json with a broken model.safetensors
        var dir = ValidFolder();
        File.WriteAllBytes(Path.Combine(dir, "model.safetensors"), weights);

        // When it is loaded, Then the error names the file and the problem
        var e = LoadFails(dir);
        Assert.Contains(Path.Combine(dir, "model.safetensors"), e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_shape_mismatch_names_the_tensor_and_both_shapes()
    {
        // Given a checkpoint of a vocab-64 model whose config now says vocab 65
        var dir = ValidFolder();
        var config = Path.Combine(dir, "config.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"vocab_size\": 64", "\"vocab_size\": 65"));

        var e = LoadFails(dir);

        Assert.Contains("model.safetensors: tensor 'model.embed_tokens.weight' has shape [64, 32] but config.json implies [65, 32]", e.Message);
    }

    [Fact]
    public void A_missing_key_in_a_shard_and_an_unexpected_key_are_named()
    {
        // Given a sharded checkpoint whose index points a key at the wrong shard
        var dir = Directory.CreateTempSubdirectory().FullName;
        using (var model = TinyModels.Model())
            Qwen2Checkpoint.Save(model, dir, maxShardBytes: 8_000);
        var index = Path.Combine(dir, "model.safetensors.index.json");
        var map = ShardIndex.Read(index).WeightMap.ToDictionary();
        map["model.norm.weight"] = map["model.embed_tokens.weight"];
        File.WriteAllText(index, ShardIndex.ToJson(map, 0));

        var e = LoadFails(dir);
        Assert.Contains($"{map["model.embed_tokens.weight"]}: missing tensor 'model.norm.weight' that {index} places there", e.Message);

        // And a single-file checkpoint with an extra tensor is refused, naming it
        var single = ValidFolder();
        using var scope = NewDisposeScope();
        using var tied = TinyModels.Model();
        var tensors = tied.state_dict().Append(new("model.extra.weight", zeros(2))).ToList();
        using (var s = File.Create(Path.Combine(single, "model.safetensors")))
            SafetensorsFile.Write(s, tensors);
        Assert.Contains("unexpected tensor 'model.extra.weight'", LoadFails(single).Message);
    }
}

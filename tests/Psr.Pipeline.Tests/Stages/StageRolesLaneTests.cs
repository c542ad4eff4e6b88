using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Config;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using Psr.Pipeline.WorldModels;
using Psr.Testing;
using static TorchSharp.torch;

namespace Psr.Pipeline.Tests.Stages;

/// <summary>How a stage resolves <see cref="SearchConfig.Lanes"/> for its roles.</summary>
[Collection(Psr.Pipeline.Tests.Lanes.TorchThreadSettingsCollection.Name)]
public sealed class StageRolesLaneTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "psr-lanes-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    private async Task<StageRoles> OpenAsync(Qwen2Config shape)
    {
        var tokenizer = WorldTokenizer.Create();
        var dir = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        using (var model = Qwen2ForCausalLM.Create(shape, CPU, ModelDtype.Float32, 5))
            ModelFolder.Save(model, tokenizer, dir);
        return await StageRoles.OpenAsync(TinyRunConfig.Loop, null, "M1", dir, Path.Combine(dir, StageRoles.ServerLogFile), CancellationToken.None);
    }

    [Fact]
    public async Task Auto_gives_a_small_in_process_model_one_lane_per_thread_and_a_set_count_is_kept()
    {
        // Given the world's test-sized model in-process on the CPU
        await using var roles = await OpenAsync(WorldModelShape.For(ModelSize.Test, WorldTokenizer.Create().VocabSize));

        // When / Then: auto is the thread count; a set count stays; one lane needs no thread setting, two do
        Assert.Equal(Math.Max(1, IntraOpThreads.Current), roles.WithLanes(new SearchConfig()).Lanes);
        Assert.Equal(3, roles.WithLanes(new SearchConfig { Lanes = 3 }).Lanes);
        Assert.Null(roles.OpenLanes(new SearchConfig { Lanes = 1 }));
        using var two = roles.OpenLanes(new SearchConfig { Lanes = 2 });
        Assert.NotNull(two);
    }

    [Fact]
    public async Task Auto_keeps_one_lane_for_a_model_whose_ops_are_large()
    {
        // Given a one-layer model with a 512 × 4,096 MLP (over the 2^20 multiply-adds per row of a small model)
        var shape = WorldModelShape.For(ModelSize.Test, WorldTokenizer.Create().VocabSize) with
        {
            HiddenSize = 512, IntermediateSize = 4096, NumAttentionHeads = 8, NumKeyValueHeads = 8,
        };
        await using var roles = await OpenAsync(shape);

        // When / Then
        Assert.Equal(1, roles.WithLanes(new SearchConfig()).Lanes);
    }
}

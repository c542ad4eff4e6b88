using Psr.Pipeline.Config;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Stages;

public sealed class GenerationHashTests
{
    [Theory]
    [InlineData(SelfRewardingMethod.Process)]
    [InlineData(SelfRewardingMethod.Outcome)]
    [InlineData(SelfRewardingMethod.OracleJudge)]
    public void Bfloat16_generation_reruns_every_stage_that_generates_and_nothing_else(SelfRewardingMethod method)
    {
        // Given a run and the same run sampling with bfloat16 products
        var plain = RunPresets.Smoke with { Experiment = RunPresets.Smoke.Experiment with { Method = method } };
        var bf16 = plain with { Model = plain.Model with { GenerationPrecision = ComputePrecision.BFloat16Autocast } };

        // When their stages are planned
        var before = PresetStageHashes.Of(plain);
        var after = PresetStageHashes.Of(bf16);

        // Then the searches, the outcome rounds (score), the evaluations hash differently (a resumed run redoes them), Init too
        // (its dev curve and its hash over the model section), and the seed data and the updates keep their hashes
        Assert.Equal(before.Select(s => s.Folder), after.Select(s => s.Folder));
        var changed = before.Zip(after).Where(p => p.First.Hash != p.Second.Hash).Select(p => p.First.Folder.Split('-', 2)[1]).ToHashSet();
        var generating = before.Select(s => s.Folder.Split('-', 2)[1])
            .Where(s => s is "search" or "score" or "evaluate" or "init").ToHashSet();
        Assert.NotEmpty(generating);
        Assert.Equal(generating, changed);
    }
}

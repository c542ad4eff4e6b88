using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Extensions.RealData.RealEft;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Extensions.RealData.Tests.Fakes;
using Psr.Roles.Backends;
using Psr.World.Eft;

namespace Psr.Extensions.RealData.Tests.RealEft;

public sealed class RealEftStageTests
{
    /// <summary>Served EFT roles made of fakes.</summary>
    private sealed class FakeRoles(IStepPolicy policy, IStepJudge annotator) : IEftRoles, IEftRoleSet
    {
        public IStepPolicy? Policy => policy;

        public IStepJudge? Annotator => annotator;

        public IStepScorer? Prm => null;

        public IEftRoleSet OpenEft(BackendsConfig backends, EftRoleOptions options, RoleModel baseModel) => this;

        public IReadOnlyDictionary<string, long> Counts() => new Dictionary<string, long> { ["annotatorRequests"] = 99 };

        public void Dispose()
        {
        }
    }

    /// <summary>First step x+1=4 or x+1=5; any rollout or later step after a 4 ends with the gold answer 4, else 5.</summary>
    private static FuncPolicy Policy() => new((p, i) => p.PreviousSteps.Count == 0
        ? FuncPolicy.Step(i % 2 == 0 ? "x+1=4" : "x+1=5")
        : FuncPolicy.Last(p.PreviousSteps[^1].EndsWith('4') ? "#### 4" : "#### 5"));

    private static RunConfig Config => TinyRunConfig.Loop with
    {
        Eft = new RealEftConfig { Enabled = true, Width = 2, Rollouts = 2, MaxDepth = 3, TestFraction = 0.5 },
    };

    [Fact]
    public async Task The_real_eft_stage_writes_the_eft_stage_artifacts_from_the_ift_problems_with_every_count_in_its_manifest()
    {
        // Given a run with six IFT problems, a policy, rollout scoring, and an annotator preferring the step ending in 4
        using var dir = new TempDir();
        var run = RunDirectory.Create(dir.Path, Config);
        ArtifactJsonl.Write(run.Resolve(IftStage.Artifact), Enumerable.Range(0, 6).Select(i => new IftRecord($"p{i}", $"x+1=? ({i})", 4, ["x+1=4"])));
        var roles = new FakeRoles(Policy(), new RuleJudge((a, _) => a.EndsWith('4') ? JudgeVerdict.A : JudgeVerdict.B));

        // When the stage runs
        var result = await new StageRunner(run).RunAsync(new RealEftStage(Config, roles));

        // Then it stands in for the EFT stage: its files hold one kept pair per problem, split by problem, and the
        // manifest counts nodes, pairs, decisions and the roles' traffic
        Assert.Equal(EftStage.StageId.Name, result.Manifest.Stage);
        var train = ArtifactJsonl.Read<EftExample>(run.Resolve(EftStage.Artifact(EftStage.TrainFile)));
        var test = ArtifactJsonl.Read<EftExample>(run.Resolve(EftStage.Artifact(EftStage.TestFile)));
        Assert.Equal(6, train.Count + test.Count);
        Assert.NotEmpty(test);
        var counts = result.Manifest.Counts;
        Assert.Equal(6, counts["pairsKept"]);
        Assert.Equal(6, counts["nodesPair"]);
        Assert.Equal(6, counts["nodesOneDistinctSibling"]);
        Assert.Equal(99, counts["annotatorRequests"]);
    }

    [Fact]
    public async Task Without_an_http_backend_the_real_eft_stage_stops_with_one_configuration_error()
    {
        // Given a run with IFT problems but no EFT roles
        using var dir = new TempDir();
        var run = RunDirectory.Create(dir.Path, Config);
        ArtifactJsonl.Write(run.Resolve(IftStage.Artifact), new[] { new IftRecord("p0", "q", 4, ["a"]) });

        // When / Then
        var e = await Assert.ThrowsAsync<ConfigException>(() => new StageRunner(run).RunAsync(new RealEftStage(Config, null)));
        Assert.Contains("eft.enabled = true", e.Message, StringComparison.Ordinal);
    }
}

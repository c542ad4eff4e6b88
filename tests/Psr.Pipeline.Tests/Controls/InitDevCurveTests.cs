using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Config;
using Psr.Pipeline.Tests.Stages;

namespace Psr.Pipeline.Tests.Controls;

public sealed class InitDevCurveTests
{
    private static RunConfig Config { get; } = TinyRunConfig.Loop with { Sft = TinyRunConfig.Loop.Sft with { DevEvery = 2, DevProblems = 4 } };

    private static string CurvePath(string root) => Path.Combine(root, "stages", "01-init", InitDevCurve.CurveFile);

    [Fact]
    public async Task Init_records_dev_accuracy_at_step_0_every_n_steps_at_80_percent_and_at_the_end()
    {
        // Given / When a tiny run of 6 Init steps with a point every 2
        using var dir = new TempDir();
        await new SelfRewardingLoop(Config, RunDirectory.Create(dir.Path, Config)).RunAsync();

        // Then the curve has steps 0, 2, 4, 5 (80 % of 6, rounded) and 6, each on the 4 dev problems
        var curve = ArtifactJsonl.Read<DevPoint>(CurvePath(dir.Path));
        Assert.Equal([0, 2, 4, 5, 6], curve.Select(p => p.Step));
        Assert.All(curve, p => Assert.Equal(4, p.Problems));
        Assert.All(curve, p => Assert.InRange(p.Correct, 0, 4));

        // And each point keeps which problems it solved, one character per problem, as many 1s as it counts correct
        Assert.All(curve, p => Assert.Matches("^[01]{4}$", p.Solved));
        Assert.All(curve, p => Assert.Equal(p.Correct, p.Solved!.Count(c => c == '1')));
    }

    [Fact]
    public void The_dev_problems_are_dev_split_problems_never_trained_on_and_not_eft_test_problems()
    {
        // Given
        var questions = new WorldQuestions(Config);
        var dev = InitDevCurve.Problems(Config);

        // Then
        Assert.Equal(4, dev.Count);
        Assert.Equal(dev.Select(p => p.Id), InitDevCurve.Problems(Config).Select(p => p.Id)); // deterministic
        var other = questions.EftTest().Concat(questions.Ift()).Concat(questions.Test()).Select(p => p.Question).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(dev, p => other.Contains(p.Question));
    }

    [Fact]
    public async Task A_cancelled_init_resumes_to_the_same_curve_and_model()
    {
        // Given an uninterrupted reference run of the seed stages and Init
        using var reference = new TempDir();
        var initOnly = Config with { Rounds = [new() { Name = "M2", Questions = 1 }] };
        var stages = new SelfRewardingLoop(initOnly, RunDirectory.Create(reference.Path, initOnly)).Stages().Take(3).ToList();
        var runner = new StageRunner(RunDirectory.Open(reference.Path).Run);
        foreach (var stage in stages)
            await runner.RunAsync(stage);

        // When another Init is cancelled after its fourth SFT step (past the step-2 point and a checkpoint), then resumed
        using var dir = new TempDir();
        var run = RunDirectory.Create(dir.Path, initOnly);
        using var stop = new StopAfter("01-init sft steps", 4);
        var loop = new SelfRewardingLoop(initOnly, run, stop).Stages().Take(3).ToList();
        var again = new StageRunner(run);
        await again.RunAsync(loop[0]);
        await again.RunAsync(loop[1]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => again.RunAsync(loop[2], stop.Token));
        Assert.False(File.Exists(CurvePath(dir.Path)));
        await new StageRunner(RunDirectory.Open(dir.Path).Run).RunAsync(new SelfRewardingLoop(initOnly, run).Stages()[2]);

        // Then the curve and the model are the uninterrupted run's
        Assert.Equal(File.ReadAllText(CurvePath(reference.Path)), File.ReadAllText(CurvePath(dir.Path)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference.Path, "stages", "01-init", "model", "model.safetensors")),
            File.ReadAllBytes(Path.Combine(dir.Path, "stages", "01-init", "model", "model.safetensors")));
    }

    [Fact]
    public void Off_keeps_the_init_hash_and_on_changes_it()
    {
        var off = TinyRunConfig.Loop;
        Assert.Equal(new InitStage(off).ConfigHash, new InitStage(off with { Sft = off.Sft with { DevProblems = 7 } }).ConfigHash);
        Assert.NotEqual(new InitStage(off).ConfigHash, new InitStage(Config).ConfigHash);
        Assert.DoesNotContain("devEvery", RunConfigFile.Canonical(off), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_and_unsupported_setups_are_reported()
    {
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load("smoke", overrides: ["sft.devEvery=-1", "sft.devProblems=0"]));
        Assert.Contains("sft.devEvery = -1", e.Message, StringComparison.Ordinal);
        Assert.Contains("sft.devProblems = 0", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Cancels its token once the named task reports the given count.</summary>
    private sealed class StopAfter(string task, int done) : IProgress<StageProgress>, IDisposable
    {
        private readonly CancellationTokenSource _source = new();

        public CancellationToken Token => _source.Token;

        public void Report(StageProgress value)
        {
            if (value.Task == task && value.Done >= done)
                _source.Cancel();
        }

        public void Dispose() => _source.Dispose();
    }
}

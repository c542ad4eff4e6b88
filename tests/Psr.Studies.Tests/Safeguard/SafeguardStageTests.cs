using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Studies.Safeguard;
using Psr.Pipeline.Stages;

namespace Psr.Studies.Tests.Safeguard;

public sealed class SafeguardStageTests
{
    private const string Start = "stages/01-init/model";
    private const string Trained = "stages/02-step-dpo/model";

    private static async Task<(RunDirectory Run, StageRunResult Result, SafeguardVerdict Verdict)> RunStage(TempDir dir, SafeguardAction action, double start, double trained)
    {
        var config = RunPresets.Smoke with { Safeguard = new SafeguardConfig { Enabled = true, MaxDrop = 0.05, Action = action } };
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), config);
        foreach (var folder in new[] { Start, Trained })
            foreach (var file in ModelFolder.FileNames)
            {
                Directory.CreateDirectory(run.Resolve(folder));
                File.WriteAllText(run.Resolve($"{folder}/{file}"), $"{folder}/{file}");
            }
        var signal = new FixedDevSignal(new Dictionary<string, double> { [Start] = start, [Trained] = trained });
        var stage = new SafeguardStage(config, 0, ModelFolder.Artifacts("stages/01-init"), ModelFolder.Artifacts("stages/02-step-dpo"), signal: signal);
        var result = await new StageRunner(run).RunAsync(stage);
        return (run, result, SafeguardStage.Read(run, 0)!);
    }

    private static string NextModelConfig(RunDirectory run) => File.ReadAllText(run.Resolve("stages/02-safeguard/model/config.json"));

    [Fact]
    public async Task A_rejected_round_hands_the_starting_model_to_the_next_round_and_records_the_numbers()
    {
        // Given a dev signal that falls from 80% to 60% with a 5-point limit and RejectRound
        using var dir = new TempDir();

        // When the safeguard stage runs
        var (run, result, verdict) = await RunStage(dir, SafeguardAction.RejectRound, 0.8, 0.6);

        // Then the round is rejected, the next model is a copy of the starting one, and the numbers are recorded
        Assert.Equal(SafeguardDecision.Rejected, verdict.Decision);
        Assert.Equal($"{Start}/config.json", NextModelConfig(run));
        Assert.Equal(Start, verdict.NextModel);
        Assert.Equal((0.8, 0.6, 7), (verdict.StartValue, verdict.TrainedValue, verdict.DevItems));
        Assert.Equal(0.2, verdict.Drop, 12);
        Assert.Equal(1, result.Manifest.Counts["rejected"]);
        Assert.Contains("stages/02-safeguard/model/model.safetensors", result.Manifest.Outputs.Select(o => o.Path));
        Assert.Equal(Trained, File.ReadAllText(run.Resolve("stages/02-safeguard/trained.txt")));
    }

    [Theory]
    [InlineData(SafeguardAction.StopRun, 0.8, 0.6, SafeguardDecision.Stopped)]
    [InlineData(SafeguardAction.StopRun, 0.8, 0.78, SafeguardDecision.Accepted)]
    [InlineData(SafeguardAction.RejectRound, 0.4, 0.9, SafeguardDecision.Accepted)]
    public async Task An_accepted_or_stopping_round_hands_on_the_trained_model(SafeguardAction action, double start, double trained, SafeguardDecision expected)
    {
        // Given / When
        using var dir = new TempDir();
        var (run, result, verdict) = await RunStage(dir, action, start, trained);

        // Then
        Assert.Equal(expected, verdict.Decision);
        Assert.Equal($"{Trained}/config.json", NextModelConfig(run));
        Assert.Equal(expected == SafeguardDecision.Stopped ? 1 : 0, result.Manifest.Counts["stopped"]);
    }
}

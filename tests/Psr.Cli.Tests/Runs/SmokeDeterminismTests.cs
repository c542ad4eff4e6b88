namespace Psr.Cli.Tests.Runs;

[Collection(SmokeRunCollection.Name)]
public sealed class SmokeDeterminismTests(SmokeRuns runs)
{
    [Fact]
    public void Two_uninterrupted_smoke_runs_with_the_same_configuration_write_the_same_artifacts()
    {
        // Given the reference smoke run (same preset, same seeds) and an empty run folder
        runs.Clear();

        // When psr run runs again from scratch
        runs.RunUninterrupted();
        var again = RunArtifacts.Snapshot(runs.RunPath, ignoreAttempts: false);
        runs.Clear();

        // Then every file — models, pairs, evaluations, logs, summary, report — is the same but for wall-clock timings
        Assert.Contains("stages/03-step-dpo/model/model.safetensors", again.Keys);
        Assert.Contains("report.html", again.Keys);
        Assert.Empty(RunArtifacts.Differences(runs.Strict, again));
    }
}

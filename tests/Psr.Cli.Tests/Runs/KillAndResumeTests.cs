using System.Text.Json;
using Psr.Pipeline.Runs;

namespace Psr.Cli.Tests.Runs;

[Collection(SmokeRunCollection.Name)]
public sealed class KillAndResumeTests(SmokeRuns runs)
{
    private const int PlannedKills = 4;

    [Fact]
    public void A_smoke_run_killed_at_random_points_and_resumed_ends_with_the_artifacts_of_an_uninterrupted_run()
    {
        // Given kill points at seeded random fractions of the reference run's work (progress-log lines and manifests,
        // so the points spread over the run whatever the machine's load), each a further 0-300 ms into the next batch
        runs.Clear();
        var random = new Random(5_2026_11_26);
        var points = Enumerable.Range(0, PlannedKills).Select(_ => (long)((0.1 + 0.8 * random.NextDouble()) * runs.Units)).Order().ToList();

        // When psr is SIGKILLed (whole process tree) at each point and resumed with --resume until it completes
        var kills = 0;
        var midStage = 0;
        foreach (var point in points)
        {
            var extra = TimeSpan.FromMilliseconds(random.Next(300));
            if (!PsrProcess.RunAndKill(runs.WorkingDirectory, () => RunArtifacts.WorkUnits(runs.RunPath) >= point, extra, Args()))
                break;
            kills++;
            midStage += StagesLeftRunning() > 0 ? 1 : 0;
        }
        var (code, output) = PsrProcess.Run(runs.WorkingDirectory, Args());
        Assert.True(code == 0, $"the last resume failed with {code}:\n{output}");
        var resumed = RunArtifacts.Snapshot(runs.RunPath, ignoreAttempts: true);
        var attempts = StageAttempts();
        runs.Clear();

        // Then it really was killed several times, mid-stage too, and resumed stages say so
        Assert.True(kills >= 3, $"only {kills} kills landed before the run finished (reference: {runs.Units} units, {runs.Seconds:F1} s)");
        Assert.True(midStage >= 1, "no kill landed inside a stage");
        Assert.True(attempts > 0, "no stage records a resumed attempt");

        // And every file equals the uninterrupted run's (only wall-clock timings and attempt counts blanked)
        Assert.Empty(RunArtifacts.Differences(runs.IgnoringAttempts, resumed));
    }

    /// <summary>A fresh start until the configuration is saved, then <c>--resume</c>.</summary>
    private string[] Args() =>
        File.Exists(Path.Combine(runs.RunPath, "config.json")) ? ["run", "--resume", runs.RunPath] : runs.FreshArgs;

    private int StagesLeftRunning() => Manifests().Count(m => m.Status == StageStatus.Running);

    private int StageAttempts() => Manifests().Sum(m => m.Attempts - 1);

    private List<StageManifest> Manifests()
    {
        var stages = Path.Combine(runs.RunPath, "stages");
        return !Directory.Exists(stages) ? []
            : Directory.EnumerateFiles(stages, "manifest.json", SearchOption.AllDirectories)
                .Select(p => JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(p), ArtifactJson.Indented)!).ToList();
    }
}

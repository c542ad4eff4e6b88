using System.Diagnostics;

namespace Psr.Cli.Tests.Runs;

/// <summary>
/// One uninterrupted <c>psr run --preset smoke</c> through the real CLI, shared by the tests of
/// <see cref="SmokeRunCollection"/>. Every run of those tests uses the same absolute run folder (one at a time), so
/// files that name their folder (the report) compare equal.
/// </summary>
public sealed class SmokeRuns : IDisposable
{
    private readonly string _base = Path.Combine(Path.GetTempPath(), "psr-cli-smoke-" + Guid.NewGuid().ToString("N"));

    public SmokeRuns()
    {
        Directory.CreateDirectory(_base);
        var watch = Stopwatch.StartNew();
        RunUninterrupted();
        Seconds = watch.Elapsed.TotalSeconds;
        Units = RunArtifacts.WorkUnits(RunPath);
        Strict = RunArtifacts.Snapshot(RunPath, ignoreAttempts: false);
        IgnoringAttempts = RunArtifacts.Snapshot(RunPath, ignoreAttempts: true);
        Clear();
    }

    /// <summary>The run folder every test run uses.</summary>
    public string RunPath => Path.Combine(_base, "run");

    /// <summary>The folder the CLI runs in (its default <c>runs/</c> would land here).</summary>
    public string WorkingDirectory => _base;

    /// <summary>Wall seconds of the reference run, process start to exit.</summary>
    public double Seconds { get; }

    /// <summary>The reference run's work units (<see cref="RunArtifacts.WorkUnits"/>).</summary>
    public long Units { get; }

    /// <summary>The reference run's artifacts, timings blanked.</summary>
    public SortedDictionary<string, string> Strict { get; }

    /// <summary>The same, attempt counts blanked too.</summary>
    public SortedDictionary<string, string> IgnoringAttempts { get; }

    /// <summary>The arguments of a fresh smoke run into <see cref="RunPath"/>.</summary>
    public string[] FreshArgs => ["run", "--preset", "smoke", "--out", RunPath];

    /// <summary>Runs the smoke preset into an empty <see cref="RunPath"/> without interruption.</summary>
    public void RunUninterrupted()
    {
        var (code, output) = PsrProcess.Run(WorkingDirectory, FreshArgs);
        Assert.True(code == 0, $"psr run failed with {code}:\n{output}");
    }

    /// <summary>Deletes <see cref="RunPath"/> for the next run.</summary>
    public void Clear()
    {
        if (Directory.Exists(RunPath))
            Directory.Delete(RunPath, recursive: true);
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);
}

/// <summary>Tests that share <see cref="SmokeRuns"/> and run whole smoke runs one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SmokeRunCollection : ICollectionFixture<SmokeRuns>
{
    public const string Name = "Smoke runs";
}

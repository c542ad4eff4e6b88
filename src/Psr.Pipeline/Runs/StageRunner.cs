using System.Diagnostics;
using System.Text.Json;
using Psr.Core.Diagnostics;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Model.Generation;

namespace Psr.Pipeline.Runs;

/// <summary>
/// Runs stages in a run directory: skips a stage whose manifest says done with the same configuration hash, the
/// same input hashes and intact outputs; resumes a stage left running (killed or cancelled) with the same
/// configuration and inputs, keeping its progress logs; starts anything else from an empty folder. With
/// <c>threads</c> above zero, a stage's synchronous work (all of a training stage) runs on that many intra-op threads.
/// </summary>
public sealed class StageRunner(RunDirectory run, TimeProvider? clock = null, int threads = 0)
{
    /// <summary>How often a running stage's seconds and work so far are written to its manifest.</summary>
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Runs, resumes or skips <paramref name="stage"/>.</summary>
    public async Task<StageRunResult> RunAsync(IStage stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var inputs = stage.Inputs.Select(Hash).ToList();
        var previous = ReadManifest(stage.Id);
        if (previous is not null && IsCurrent(previous, stage, inputs))
            return new StageRunResult(previous, Skipped: true);
        var resuming = previous is { Status: StageStatus.Running } && Matches(previous, stage, inputs);
        if (!resuming)
            ClearFolder(stage.Id);
        var started = new StageManifest
        {
            Stage = stage.Id.Name,
            Round = stage.Id.Round,
            Status = StageStatus.Running,
            ConfigHash = stage.ConfigHash,
            Inputs = inputs,
            StartedUtc = resuming ? previous!.StartedUtc : _clock.GetUtcNow(),
            Seconds = resuming ? previous!.Seconds : 0,
            Work = resuming ? previous!.Work : null,
            Attempts = resuming ? previous!.Attempts + 1 : 1,
        };
        WriteManifest(stage.Id, started);
        var watch = Stopwatch.StartNew();
        var meter = new WorkMeter(); // the stage's hot-loop work, for the run profile
        StageManifest SoFar() => started with { Seconds = started.Seconds + watch.Elapsed.TotalSeconds, Work = Sum(started.Work, meter) };
        StageOutcome outcome;
        try
        {
            // A killed process (a session's end, the OOM killer) never reaches the catch below, and its attempt's time
            // and work would be lost to the profile of the resumed stage; a checkpoint a minute keeps all but the last
            // minute. Disposing waits for a checkpoint in flight, so none lands after the manifests written below.
            await using (_clock.CreateTimer(_ => Checkpoint(stage.Id, SoFar), null, CheckpointInterval, CheckpointInterval))
            using (WorkMeter.Measure(meter))
            {
                // Under OpenMP the count belongs to the OS thread, so a pool thread that last ran someone else's ops (a
                // server's other run, a test host) would change a training step's reduction order, and a resumed run's
                // weights with it. Pinned for the synchronous call only: the scope must end on the thread it began on.
                Task<StageOutcome> pending;
                using (threads > 0 ? IntraOpThreads.Use(threads) : null)
                    pending = stage.RunAsync(new StageContext(run, stage.Id, started.Attempts), cancellationToken);
                outcome = await pending.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Keep the stage resumable: record the time and work spent, leave it Running, let the cancellation propagate.
            WriteManifest(stage.Id, SoFar());
            throw;
        }
        var done = SoFar() with
        {
            Status = StageStatus.Done,
            Outputs = outcome.Outputs.Select(Hash).ToList(),
            Counts = new SortedDictionary<string, long>(outcome.Counts.ToDictionary(), StringComparer.Ordinal),
            FinishedUtc = _clock.GetUtcNow(),
        };
        WriteManifest(stage.Id, done);
        return new StageRunResult(done, Skipped: false);
    }

    /// <summary>The manifest of a stage, or null when it never started.</summary>
    public StageManifest? ReadManifest(StageId id)
    {
        var path = run.ManifestPath(id);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(path), ArtifactJson.Indented)
                ?? throw new PsrException($"{path}: empty manifest");
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: unreadable manifest ({e.Message.Split('\n')[0]})", e);
        }
    }

    private static WorkTotals Sum(WorkTotals? before, WorkMeter meter) => (before ?? WorkTotals.None).Plus(meter.Totals);

    private bool IsCurrent(StageManifest manifest, IStage stage, List<ArtifactRef> inputs) =>
        manifest.Status == StageStatus.Done && Matches(manifest, stage, inputs)
        && manifest.Outputs.All(o => File.Exists(run.Resolve(o.Path)) && Hash(o.Path) == o);

    private static bool Matches(StageManifest manifest, IStage stage, List<ArtifactRef> inputs) =>
        manifest.ConfigHash == stage.ConfigHash && manifest.Inputs.SequenceEqual(inputs);

    private ArtifactRef Hash(string relative)
    {
        var path = run.Resolve(relative);
        if (!File.Exists(path))
            throw new PsrException($"{path}: artifact not found");
        return new ArtifactRef(relative, ArtifactJson.Sha256OfFile(path));
    }

    /// <summary>
    /// Deletes the temporary siblings (<c>.NAME.PID.GUID.tmp</c>) that <see cref="AtomicFile"/> leaves when a process is
    /// killed between writing and renaming; call once before a run or resume starts (one process per run folder).
    /// </summary>
    public void SweepOrphanedTempFiles()
    {
        foreach (var orphan in Directory.EnumerateFiles(run.Root, ".*.tmp", SearchOption.AllDirectories))
            File.Delete(orphan);
    }

    private void ClearFolder(StageId id)
    {
        var dir = run.StageDirectory(id);
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
    }

    /// <summary>Writes a running stage's progress so far; a failed write waits for the next (the final one reports errors).</summary>
    private void Checkpoint(StageId id, Func<StageManifest> soFar)
    {
        try
        {
            WriteManifest(id, soFar());
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void WriteManifest(StageId id, StageManifest manifest) =>
        AtomicFile.WriteAllText(run.ManifestPath(id), JsonSerializer.Serialize(manifest, ArtifactJson.Indented) + "\n");
}

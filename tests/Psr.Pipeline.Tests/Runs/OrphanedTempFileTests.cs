using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Runs;

public sealed class OrphanedTempFileTests
{
    [Fact]
    public void Sweeping_deletes_the_temporary_files_a_kill_left_behind_and_nothing_else()
    {
        // Given a run whose evaluate stage holds an orphaned atomic-write temp file next to real artifacts
        using var dir = new TempDir();
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), RunPresets.Smoke);
        var stage = run.StageDirectory(new StageId(2, "evaluate"));
        Directory.CreateDirectory(Path.Combine(stage, "model"));
        var orphan = Path.Combine(stage, ".evaluation.json.27451.17fe45ef0a.tmp");
        var nested = Path.Combine(stage, "model", ".config.json.1.2.tmp");
        var kept = new[] { Path.Combine(stage, "evaluation.json"), Path.Combine(stage, "greedy.progress.jsonl"), Path.Combine(stage, "notes.tmp") };
        foreach (var f in kept.Append(orphan).Append(nested))
            File.WriteAllText(f, "x");

        // When the runner sweeps before starting
        new StageRunner(run).SweepOrphanedTempFiles();

        // Then only the temp files are gone
        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(nested));
        Assert.All(kept, f => Assert.True(File.Exists(f), f));
        Assert.True(File.Exists(run.ConfigPath));
    }
}

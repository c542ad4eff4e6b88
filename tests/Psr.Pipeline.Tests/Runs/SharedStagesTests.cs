using Psr.Pipeline.Runs;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Runs;

public sealed class SharedStagesTests
{
    private static RunDirectory NewRun(TempDir dir, string name)
    {
        var run = RunDirectory.Create(Path.Combine(dir.Path, name), Psr.Pipeline.Config.RunPresets.Smoke);
        File.WriteAllLines(run.Resolve(SquaresStage.Input), Enumerable.Range(0, 50).Select(i => ((i * 37) % 101).ToString()));
        return run;
    }

    private static async Task<RunDirectory> Donor(TempDir dir, params SquaresStage[] stages)
    {
        var donor = NewRun(dir, "donor");
        foreach (var stage in stages)
            await new StageRunner(donor).RunAsync(stage);
        return donor;
    }

    [Fact]
    public async Task A_finished_stage_with_the_same_hash_is_copied_and_then_skipped_with_identical_output()
    {
        // Given a sibling that finished two stages
        using var dir = new TempDir();
        var donor = await Donor(dir, new SquaresStage("h1"), new SquaresStage("h2", round: 2));
        var target = NewRun(dir, "target");

        // When the target's plan has the same two stages
        var copied = SharedStages.CopyPrefix(donor, target, [new SquaresStage("h1"), new SquaresStage("h2", round: 2)]);

        // Then both are copied, nothing is left in the temporary folder, and the runner skips them without computing
        Assert.Equal(["01-squares", "02-squares"], copied.Select(id => id.Folder));
        Assert.False(Directory.Exists(Path.Combine(target.Root, SharedStages.TempFolder)) &&
            Directory.EnumerateFileSystemEntries(Path.Combine(target.Root, SharedStages.TempFolder)).Any());
        var again = new SquaresStage("h1");
        var result = await new StageRunner(target).RunAsync(again);
        Assert.True(result.Skipped);
        Assert.Equal(0, again.Computed);
        Assert.Equal(File.ReadAllText(donor.Resolve("stages/01-squares/squares.jsonl")),
            File.ReadAllText(target.Resolve("stages/01-squares/squares.jsonl")));
    }

    [Fact]
    public async Task The_copy_stops_at_the_first_stage_whose_configuration_differs()
    {
        // Given a sibling whose first stage had another configuration
        using var dir = new TempDir();
        var donor = await Donor(dir, new SquaresStage("other"), new SquaresStage("h2", round: 2));
        var target = NewRun(dir, "target");

        // When the target asks for h1 then h2
        var copied = SharedStages.CopyPrefix(donor, target, [new SquaresStage("h1"), new SquaresStage("h2", round: 2)]);

        // Then nothing is copied: the second stage's inputs could come from the differing first
        Assert.Empty(copied);
        Assert.False(Directory.Exists(target.StageDirectory(new StageId(2, "squares"))));
    }

    [Fact]
    public async Task An_unfinished_stage_of_the_sibling_is_not_copied()
    {
        // Given a sibling killed inside its stage
        using var dir = new TempDir();
        var donor = NewRun(dir, "donor");
        using var kill = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new StageRunner(donor).RunAsync(new SquaresStage("h1", cancelAfter: 15, kill), kill.Token));
        var target = NewRun(dir, "target");

        // When / Then
        Assert.Empty(SharedStages.CopyPrefix(donor, target, [new SquaresStage("h1")]));
        var own = new SquaresStage("h1");
        await new StageRunner(target).RunAsync(own);
        Assert.Equal(50, own.Computed);
    }

    [Fact]
    public async Task A_stage_the_target_already_finished_keeps_its_own_files_and_the_prefix_goes_on()
    {
        // Given a target that finished stage 1 itself and a sibling that finished stages 1 and 2
        using var dir = new TempDir();
        var donor = await Donor(dir, new SquaresStage("h1"), new SquaresStage("h2", round: 2));
        var target = NewRun(dir, "target");
        await new StageRunner(target).RunAsync(new SquaresStage("h1"));
        var ownManifest = File.ReadAllText(target.ManifestPath(new StageId(1, "squares")));

        // When
        var copied = SharedStages.CopyPrefix(donor, target, [new SquaresStage("h1"), new SquaresStage("h2", round: 2)]);

        // Then only stage 2 is copied; stage 1's manifest is the target's own
        Assert.Equal(["02-squares"], copied.Select(id => id.Folder));
        Assert.Equal(ownManifest, File.ReadAllText(target.ManifestPath(new StageId(1, "squares"))));
    }
}

using Psr.Pipeline.Config;
using Psr.Training.Dpo;
using Psr.Training.Losses;

namespace Psr.Pipeline.Tests.Config;

public sealed class VerifiedPresetTests
{
    // The overrides of the plateau preset that attempt 19's first round ran (docs/experiments/attempt-18/round.sh pq0
    // with QUESTIONS=6000 from the plateau M1).
    private static readonly string[] MeasuredOverrides =
    [
        "dpo.loss=None", "dpo.replaySource=OwnPaths", "dpo.replay=16", "dpo.learningRate=1e-4",
        "rounds=[{\"name\":\"M2\",\"questions\":6000}]",
    ];

    [Fact]
    public void The_verified_preset_is_a_known_valid_preset_with_the_measured_update()
    {
        // Given / When
        var verified = RunConfigLoader.Load("verified");

        // Then it keeps the plateau preset's M1 and search and learns from its own self-verified paths by NLL alone
        Assert.Contains("verified", RunPresets.Names);
        Assert.Equal("verified", verified.Preset);
        Assert.Equal(RunPresets.Plateau.Data, verified.Data);
        Assert.Equal(RunPresets.Plateau.Sft, verified.Sft);
        Assert.Equal(RunPresets.Plateau.Search, verified.Search);
        Assert.Equal((PreferenceLossKind.None, ReplaySource.OwnPaths, 16, 1e-4), (verified.Dpo.Loss, verified.Dpo.ReplaySource, verified.Dpo.Replay, verified.Dpo.LearningRate));
        Assert.Equal((3, 1.0), (verified.Dpo.Epochs, verified.Dpo.NllWeight));
        Assert.Equal([6000, 6000, 6000], verified.Rounds.Select(r => r.Questions));
    }

    [Fact]
    public void Its_first_round_hashes_like_the_measured_round_so_its_artifacts_resume_under_it()
    {
        // Given the plateau preset with the measured round's overrides (one round)
        var measured = RunConfigLoader.Load("plateau", overrides: MeasuredOverrides);

        // When
        var presetHashes = PresetStageHashes.Of(RunPresets.Verified);
        var measuredHashes = PresetStageHashes.Of(measured);

        // Then M1's stages and the first round's search, update and evaluation are the same work
        Assert.Equal(7, measuredHashes.Count);
        Assert.Equal(measuredHashes, presetHashes.Take(7));
        Assert.Equal(13, presetHashes.Count);
    }

    [Fact]
    public void Its_continued_sft_control_takes_about_the_measured_rounds_steps()
    {
        // Given the measured round's 465 update steps (2,471 pairs, 3 epochs of batches of 16)
        var verified = RunPresets.Verified;

        // When
        var steps = Enumerable.Range(0, 3).Select(i => ContinuedSftConfig.StepsOf(verified, i)).ToList();

        // Then 3 epochs of ceil(6,000 x 0.41 / 16) batches each round, at the update's learning rate
        Assert.Equal([462, 462, 462], steps);
    }
}

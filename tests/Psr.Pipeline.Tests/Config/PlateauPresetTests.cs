using Psr.Pipeline.Config;

namespace Psr.Pipeline.Tests.Config;

public sealed class PlateauPresetTests
{
    // The overrides of the default preset (now `quick`) that attempts 12-13 ran (docs/experiments/attempt-13/m1.sh, chain.sh).
    private static readonly string[] MeasuredOverrides =
    [
        "model.trainingPrecision=Float32", "data.iftProblems=2000", "data.eftPairs=2000", "data.mineProblems=2000", "sft.steps=1600", "sft.devEvery=200",
        "evaluation.testTimeProblems=0", "search.temperature=1.0", "search.unanimousLabels=true", "dpo.epochs=3",
        "rounds=[{\"name\":\"M2\",\"questions\":2000},{\"name\":\"M3\",\"questions\":2000},{\"name\":\"M4\",\"questions\":2000}]",
    ];

    [Fact]
    public void The_plateau_preset_is_a_known_valid_preset_with_the_measured_recipe()
    {
        // Given / When
        var plateau = RunConfigLoader.Load("plateau");

        // Then
        Assert.Contains("plateau", RunPresets.Names);
        Assert.Equal("plateau", plateau.Preset);
        Assert.Equal((2000, 2000, 2000), (plateau.Data.IftProblems, plateau.Data.EftPairs, plateau.Data.MineProblems));
        Assert.Equal((1600, 200, true), (plateau.Sft.Steps, plateau.Sft.DevEvery, plateau.Sft.MixedBatches));
        Assert.Equal((6, 1.0, true), (plateau.Search.Width, plateau.Search.Temperature, plateau.Search.UnanimousLabels));
        Assert.Equal((3, 1e-5, 1.0), (plateau.Dpo.Epochs, plateau.Dpo.LearningRate, plateau.Dpo.NllWeight));
        Assert.Equal([2000, 2000, 2000], plateau.Rounds.Select(r => r.Questions));
    }

    [Fact]
    public void Its_stages_hash_like_the_measured_runs_so_their_artifacts_resume_under_it()
    {
        // Given the preset and the quick preset (the default then) with the overrides the measured runs were started with
        var measured = RunConfigLoader.Load("quick", overrides: MeasuredOverrides);

        // When
        var presetHashes = PresetStageHashes.Of(RunPresets.Plateau);
        var measuredHashes = PresetStageHashes.Of(measured);

        // Then every process stage is the same work (only the preset's name and the control's dose differ)
        Assert.Equal(13, presetHashes.Count);
        Assert.Equal(measuredHashes, presetHashes);
    }

    [Fact]
    public void Its_continued_sft_control_takes_about_the_measured_rounds_steps()
    {
        // Given the measured rounds' step-DPO steps: 150, 150, 144 (seed 1), 162, 165, 156 (seed 2) and 141, 150, 153 (seed 3)
        var plateau = RunPresets.Plateau;

        // When
        var steps = Enumerable.Range(0, 3).Select(i => ContinuedSftConfig.StepsOf(plateau, i)).ToList();

        // Then 3 epochs of ceil(2,000 x 0.41 / 16) batches each round
        Assert.Equal([156, 156, 156], steps);
    }
}

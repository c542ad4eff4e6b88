using Psr.Pipeline.Config;
using Psr.Training.Dpo;

namespace Psr.Pipeline.Tests.Config;

public sealed class DefaultPresetTests
{
    // The overrides of the verified preset that the measured runs used: the former default's (docs/experiments/
    // attempt-20/candidate-from.sh, attempt-21/queue-a.sh: rounds of 3,000 questions) with attempt 23's seed data
    // (`psr run --set data.eftPairs=4000 --set sft.iftRepeat=2`) and attempt 24's control dose (0.57 pairs a question).
    private static readonly string[] MeasuredOverrides =
    [
        "model.trainingPrecision=Auto", "sft.steps=1200", "sft.devEvery=120", "search.judgeIdentical=true", "dpo.replaySource=OwnPathsAndEft",
        "rounds[0].questions=3000", "rounds[1].questions=3000", "rounds[2].questions=3000", "continuedSft.pairsPerQuestion=0.57",
        "data.eftPairs=4000", "sft.iftRepeat=2",
    ];

    // The former default's measured overrides (attempts 20–22): the same without the seed data, at the former control dose.
    private static readonly string[] FormerOverrides =
        MeasuredOverrides[..9].Select(o => o.Replace("0.57", "0.5", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_default_is_the_verified_recipe_fitted_to_the_budget_and_the_quick_preset_is_the_former_default()
    {
        // Given / When
        var d = RunConfigLoader.Load(null);

        // Then the verified recipe's judge and update, with twice its seed EFT, each IFT example twice, Init shorter and
        // in bfloat16 where the CPU has it, identical expansions judged, the seed EFT replayed and rounds of 3,000 questions
        Assert.Equal("default", d.Preset);
        Assert.Equal("default", RunPresets.Names[0]);
        Assert.Equal(RunPresets.Verified.Data with { EftPairs = 4000 }, d.Data);
        Assert.Equal((ComputePrecision.Auto, 1200, 120, 2), (d.Model.TrainingPrecision, d.Sft.Steps, d.Sft.DevEvery, d.Sft.IftRepeat));
        Assert.Equal(RunPresets.Verified.Search with { JudgeIdentical = true }, d.Search);
        Assert.Equal(RunPresets.Verified.Dpo with { ReplaySource = ReplaySource.OwnPathsAndEft }, d.Dpo);
        Assert.Equal([3000, 3000, 3000], d.Rounds.Select(r => r.Questions));
        Assert.Equal(0, d.Evaluation.TestTimeProblems);
        Assert.Equal((20000, 400, "quick"), (RunPresets.Quick.Data.IftProblems, RunPresets.Quick.Evaluation.TestTimeProblems, RunConfigLoader.Load("quick").Preset));
    }

    [Fact]
    public void Its_stages_hash_like_the_measured_candidate_so_its_artifacts_resume_under_it()
    {
        // Given the verified preset with the measured candidate's overrides
        var measured = RunConfigLoader.Load("verified", overrides: MeasuredOverrides);

        // When the process method's and the continued-SFT control's stages are hashed
        var hashes = new[] { SelfRewardingMethod.Process, SelfRewardingMethod.ContinuedSft }.Select(m =>
            (Preset: PresetStageHashes.Of(RunPresets.Default with { Experiment = RunPresets.Default.Experiment with { Method = m } }),
             Measured: PresetStageHashes.Of(measured with { Experiment = measured.Experiment with { Method = m } }))).ToList();

        // Then every stage is the same work (only the preset's name differs)
        Assert.Equal(13, hashes[0].Preset.Count);
        Assert.All(hashes, h => Assert.Equal(h.Measured, h.Preset));
    }

    [Fact]
    public void Its_outcome_baseline_is_the_recipe_study_winner_and_hashes_like_its_measured_runs()
    {
        // Given the measured outcome runs' configuration (attempt 25: attempt 24's `psr run --methods outcome --set
        // data.eftPairs=4000 --set sft.iftRepeat=2` from the former default, with outcome.temperature = 1.0)
        var measured = RunConfigLoader.Load("verified", overrides:
            [.. FormerOverrides, "data.eftPairs=4000", "sft.iftRepeat=2",
             "outcome.temperature=1.0", "experiment.method=Outcome"]);
        var preset = RunPresets.Default with { Experiment = RunPresets.Default.Experiment with { Method = SelfRewardingMethod.Outcome } };

        // Then the default samples the baseline's solutions at 1.0, its other outcome settings Yuan et al.'s, and every
        // outcome stage is the measured runs' work
        Assert.Equal(new OutcomeConfig { Temperature = 1.0 }, RunPresets.Default.Outcome);
        Assert.Equal(PresetStageHashes.Of(measured), PresetStageHashes.Of(preset));
    }

    [Fact]
    public void The_former_default_is_three_overrides_away_and_hashes_like_its_measured_runs()
    {
        // Given the former default's measured overrides of the verified preset (attempts 20–22) and the README's three
        // overrides of the default that name it
        var measured = RunConfigLoader.Load("verified", overrides: FormerOverrides);
        var former = RunConfigLoader.Load("default", overrides: ["data.eftPairs=2000", "sft.iftRepeat=null", "continuedSft.pairsPerQuestion=0.5"]);

        // When the process method's and the continued-SFT control's stages are hashed
        var hashes = new[] { SelfRewardingMethod.Process, SelfRewardingMethod.ContinuedSft }.Select(m =>
            (Former: PresetStageHashes.Of(former with { Experiment = former.Experiment with { Method = m } }),
             Measured: PresetStageHashes.Of(measured with { Experiment = measured.Experiment with { Method = m } }),
             Default: PresetStageHashes.Of(RunPresets.Default with { Experiment = RunPresets.Default.Experiment with { Method = m } }))).ToList();

        // Then every stage is the same work as the measured runs', and Init's is not the default's
        Assert.Null(former.Sft.IftRepeat);
        Assert.All(hashes, h => Assert.Equal(h.Measured, h.Former));
        Assert.All(hashes, h => Assert.NotEqual(h.Default.Single(s => s.Folder == "01-init"), h.Former.Single(s => s.Folder == "01-init")));
    }

    [Fact]
    public void Its_continued_sft_control_takes_about_a_rounds_update_steps()
    {
        // Given the default, whose measured 3,000-question rounds took 303–339 update steps (1,603–1,796 pairs)
        var d = RunPresets.Default;

        // When
        var steps = Enumerable.Range(0, 3).Select(i => ContinuedSftConfig.StepsOf(d, i)).ToList();

        // Then 3 epochs of ceil(3,000 x 0.57 / 16) batches each round
        Assert.Equal([321, 321, 321], steps);
    }
}

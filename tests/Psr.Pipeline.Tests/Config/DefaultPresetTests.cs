using Psr.Pipeline.Config;
using Psr.Training.Dpo;

namespace Psr.Pipeline.Tests.Config;

public sealed class DefaultPresetTests
{
    // The overrides of the verified preset that the measured runs used (docs/experiments/attempt-20/candidate-from.sh
    // f1q3 for seed 1, attempt-21/queue-a.sh for seeds 2–3: candidate.sh's settings, rounds of 3,000 questions, the
    // control's 0.5 pairs a question).
    private static readonly string[] MeasuredOverrides =
    [
        "model.trainingPrecision=Auto", "sft.steps=1200", "sft.devEvery=120", "search.judgeIdentical=true", "dpo.replaySource=OwnPathsAndEft",
        "rounds[0].questions=3000", "rounds[1].questions=3000", "rounds[2].questions=3000", "continuedSft.pairsPerQuestion=0.5",
    ];

    [Fact]
    public void The_default_is_the_verified_recipe_fitted_to_the_budget_and_the_quick_preset_is_the_former_default()
    {
        // Given / When
        var d = RunConfigLoader.Load(null);

        // Then the verified recipe's data, judge and update, with Init shorter and in bfloat16 where the CPU has it,
        // identical expansions judged, the seed EFT replayed and rounds of 3,000 questions
        Assert.Equal("default", d.Preset);
        Assert.Equal("default", RunPresets.Names[0]);
        Assert.Equal(RunPresets.Verified.Data, d.Data);
        Assert.Equal((ComputePrecision.Auto, 1200, 120), (d.Model.TrainingPrecision, d.Sft.Steps, d.Sft.DevEvery));
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

        // When
        var presetHashes = PresetStageHashes.Of(RunPresets.Default);
        var measuredHashes = PresetStageHashes.Of(measured);

        // Then every stage is the same work (only the preset's name differs)
        Assert.Equal(13, presetHashes.Count);
        Assert.Equal(measuredHashes, presetHashes);
    }

    [Fact]
    public void Its_continued_sft_control_takes_about_a_rounds_update_steps()
    {
        // Given the default, whose measured 5,000-question round kept 2,505 pairs (0.50 a question, 471 steps)
        var d = RunPresets.Default;

        // When
        var steps = Enumerable.Range(0, 3).Select(i => ContinuedSftConfig.StepsOf(d, i)).ToList();

        // Then 3 epochs of ceil(3,000 x 0.5 / 16) batches each round
        Assert.Equal([282, 282, 282], steps);
    }
}

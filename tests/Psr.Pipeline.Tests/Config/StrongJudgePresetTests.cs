using Psr.Pipeline.Config;
using Psr.World.Judging;

namespace Psr.Pipeline.Tests.Config;

public sealed class StrongJudgePresetTests
{
    // The overrides of the default that attempt 36's o13 ran (docs/world.md §9 attempt 36 (a)).
    private static readonly string[] MeasuredOverrides =
    [
        "judge.check=OwnStep", "judge.maxNewTokens=288", "judge.carry=Split", "sft.steps=1800", "sft.decaySteps=1440",
        "sft.devProblems=1000", "sft.maxSequenceTokens=400", "dpo.maxSequenceTokens=400", "data.iftProblems=3000",
        "data.mineProblems=3000", "data.eftPairs=6000", "data.eftCorruptions.stepNumber=10", "judge.digitOrder=FromLeft",
        "judge.stepNumbers=Always", "judge.readyCompare=OwnThenSwap",
    ];

    [Fact]
    public void The_strong_judge_preset_is_the_default_loop_with_the_measured_judge_and_seed_set()
    {
        // Given / When
        var p = RunConfigLoader.Load("strong-judge");

        // Then the default's search, update and rounds, with the own-step judge, a larger seed set, a longer Init and
        // sequences long enough for every seed example
        Assert.Contains("strong-judge", RunPresets.Names);
        Assert.Equal("strong-judge", p.Preset);
        Assert.Equal(RunPresets.Default.Search, p.Search);
        Assert.Equal(RunPresets.Default.Dpo with { MaxSequenceTokens = 400 }, p.Dpo);
        Assert.Equal(RunPresets.Default.Rounds, p.Rounds);
        Assert.Equal((JudgeCheck.OwnStep, ColumnCarry.Split, DigitOrder.FromLeft, 288), (p.Judge.Check, p.Judge.Carry, p.Judge.DigitOrder, p.Judge.MaxNewTokens));
        Assert.Equal((StepNumberCheck.Always, ReadyCompare.OwnThenSwap), (p.Judge.StepNumbers, p.Judge.ReadyCompare));
        Assert.Equal((3000, 3000, 6000, 10), (p.Data.IftProblems, p.Data.MineProblems, p.Data.EftPairs, p.Data.EftCorruptions!.StepNumber));
        Assert.Equal((1800, 1440, 1000, 400), (p.Sft.Steps, p.Sft.DecaySteps, p.Sft.DevProblems, p.Sft.MaxSequenceTokens));
    }

    [Fact]
    public void Its_stages_hash_like_the_measured_run_so_its_artifacts_resume_under_it()
    {
        // Given the default with the measured run's overrides
        var measured = RunConfigLoader.Load("default", overrides: MeasuredOverrides);

        // When the process method's stages are hashed (the control has not run under it yet: its dose is the preset's own)
        var preset = PresetStageHashes.Of(RunPresets.StrongJudge);
        var hashes = PresetStageHashes.Of(measured);

        // Then every stage is the same work, and none is the default's
        Assert.Equal(13, preset.Count);
        Assert.Equal(hashes, preset);
        Assert.All(preset.Zip(PresetStageHashes.Of(RunPresets.Default)), s => Assert.NotEqual(s.Second.Hash, s.First.Hash));
    }

    [Fact]
    public void Its_continued_sft_control_takes_about_the_measured_rounds_steps()
    {
        // Given o11's measured rounds' 339, 339 and 327 update steps (1,808, 1,800 and 1,736 pairs, 3 epochs of batches of 16)
        var p = RunPresets.StrongJudge;

        // When
        var steps = Enumerable.Range(0, 3).Select(i => ContinuedSftConfig.StepsOf(p, i)).ToList();

        // Then 3 epochs of ceil(3,000 x 0.61 / 16) batches each round, as o13's step-DPO rounds 3 and 4 took
        Assert.Equal([345, 345, 345], steps);
    }
}

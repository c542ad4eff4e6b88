using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Pipeline.Tests.Config;

public sealed class PaperPresetTests
{
    [Fact]
    public void The_paper_preset_is_the_papers_recipe_and_validates()
    {
        // Given / When
        var paper = RunConfigLoader.Load("paper");

        // Then it is a known, valid preset with the paper's search, judge orders, DPO and rounds
        Assert.Contains("paper", RunPresets.Names);
        Assert.Equal("paper", paper.Preset);
        var s = paper.Search;
        Assert.Equal((6, 0.5, 0.95, 20), (s.Width, s.Temperature, s.TopP, s.MaxExpansions));
        Assert.Equal((JudgeOrders.BothOrders, JudgeSchedule.AllPairs, AllTieAction.RollBack, 0, 1, false),
            (s.JudgeOrders, s.Schedule, s.AllTie, s.JudgeCallBudget, s.MinScoreMargin, s.SelfJudgedFilter));
        Assert.Equal((0.0, 1, 32, 5e-7, 0.1), (paper.Dpo.NllWeight, paper.Dpo.Epochs, paper.Dpo.BatchSize, paper.Dpo.LearningRate, paper.Dpo.Beta));
        Assert.Equal([400, 800, 1200], paper.Rounds.Select(r => r.Questions));
        Assert.Equal(500, paper.Data.EftTestPairs);
        Assert.Equal(SelfRewardingMethod.Process, paper.Experiment.Method);
    }

    [Fact]
    public void Its_stage_plan_is_the_process_loop_over_three_rounds()
    {
        using var dir = new TempDir();
        var paper = RunPresets.Paper;
        var stages = new SelfRewardingLoop(paper, RunDirectory.Create(dir.Path, paper)).Stages().Select(st => st.Id.Folder);
        Assert.Equal(["00-ift", "00-eft", "01-init", "01-evaluate", "02-search", "02-step-dpo", "02-evaluate", "03-search", "03-step-dpo", "03-evaluate",
            "04-search", "04-step-dpo", "04-evaluate"], stages);
    }

    [Fact]
    public async Task It_runs_end_to_end_with_its_sizes_overridden_to_test_size()
    {
        // Given the paper preset with only the sizes made tiny (w = 6, T = 0.5, both orders, plain DPO and three rounds kept)
        using var dir = new TempDir();
        var config = RunConfigLoader.Load("paper", overrides:
        [
            "data.iftProblems=16", "data.eftPairs=16", "data.eftTestPairs=2", "data.mineProblems=0",
            "model.threads=1", "sft.steps=2", "sft.batchSize=4", "sft.warmupSteps=1", "sft.checkpointEvery=1", "sft.maxSequenceTokens=160",
            "search.maxExpansions=2", "search.maxStepTokens=24", "search.activeQuestions=2", "judge.maxNewTokens=8",
            "evaluation.testProblems=2", "evaluation.testTimeProblems=1", "evaluation.maxSolutionTokens=8", "evaluation.bootstrapResamples=200",
            "evaluation.testTimeSearch.maxExpansions=1", "evaluation.testTimeSearch.maxStepTokens=8",
            "rounds=[{\"name\":\"M2\",\"questions\":1},{\"name\":\"M3\",\"questions\":1},{\"name\":\"M4\",\"questions\":1}]",
        ]);

        // When
        var summary = await new SelfRewardingLoop(config, RunDirectory.Create(dir.Path, config)).RunAsync();

        // Then every model was evaluated
        Assert.Equal(["M1", "M2", "M3", "M4"], summary.Models.Select(m => m.Model));
        Assert.Equal((6, 0.0), (config.Search.Width, config.Dpo.NllWeight));
    }
}

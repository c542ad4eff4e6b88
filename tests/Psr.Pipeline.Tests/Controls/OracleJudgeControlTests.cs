using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Metrics;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Config;
using Psr.Pipeline.Tests.Stages;

namespace Psr.Pipeline.Tests.Controls;

public sealed class OracleJudgeControlTests
{
    /// <summary>
    /// A tiny loop from the shipped M0, which writes steps the oracle can tell apart (a random test-size model writes
    /// only wrong steps: every expansion would tie and no pair would be made).
    /// </summary>
    private static RunConfig Config(SelfRewardingMethod method) => TinyRunConfig.Loop with
    {
        Data = TinyRunConfig.Loop.Data with { World = "default", MineProblems = 0 },
        Model = new ModelConfig { Size = ModelSize.Tiny, Checkpoint = "models/m0-default", Threads = 1 },
        Sft = TinyRunConfig.Loop.Sft with { Steps = 2, MaxSequenceTokens = 256 },
        Search = TinyRunConfig.Loop.Search with { Width = 4, MaxExpansions = 12, MaxStepTokens = 48, ActiveQuestions = 4, PolicyBatchSize = 16, JudgeBatchSize = 64 },
        Evaluation = TinyRunConfig.Loop.Evaluation with { TestTimeProblems = 0 },
        Rounds = [new() { Name = "M2", Questions = 6 }],
        Experiment = new ExperimentConfig { Method = method },
    };

    [Fact]
    public async Task Every_pair_of_an_oracle_judged_round_has_the_oracle_preferred_step_as_chosen()
    {
        // Given a tiny loop whose rounds are judged by the oracle
        using var dir = new TempDir();
        var config = Config(SelfRewardingMethod.OracleJudge);
        await new SelfRewardingLoop(config, RunDirectory.Create(dir.Path, config)).RunAsync();

        // When its search's pairs are labelled by the oracle
        var folder = Path.Combine(dir.Path, "stages", RoundSearchStage.StageIdOf(0).Folder);
        var pairs = ArtifactJsonl.Read<StepPair>(Path.Combine(folder, SearchStage.PairsFile));
        var views = pairs.Select(p => PairOracleClassifier.Classify(new WorldStepOracle(), p)).ToList();

        // Then there are pairs, and in each the chosen step is right and the rejected one wrong (the path stays right,
        // and an expansion with no right or no wrong candidate ties and makes no pair)
        Assert.NotEmpty(pairs);
        Assert.All(views, v => Assert.Equal(PairOracleCategory.Clean, v.Category));

        // And every comparison of the search was the oracle's, none the model's
        var results = ArtifactJsonl.Read<QuestionSearchResult>(Path.Combine(folder, SearchStage.ResultsFile));
        var judged = results.SelectMany(r => r.Trace.Expansions).SelectMany(e => e.Comparisons).Where(c => c.Source == ComparisonSource.Judged).ToList();
        Assert.NotEmpty(judged);
        Assert.All(judged, c => Assert.Equal("oracle", c.Raw));

        // And the evaluation's oracle view of the round's pairs agrees
        var evaluation = EvaluateStage.Read(Path.Combine(dir.Path, "stages", "02-evaluate", EvaluateStage.EvaluationFile));
        Assert.Equal(pairs.Count, evaluation.Pairs!.Breakdown.Clean);
    }

    [Fact]
    public void Only_the_search_differs_from_the_process_method()
    {
        // Given the same configuration under both methods
        var process = Config(SelfRewardingMethod.Process);
        var oracle = Config(SelfRewardingMethod.OracleJudge);
        var model = InitStage.ModelArtifacts;

        // Then M1, its evaluation and the step-DPO are the same stages; the search is not
        Assert.Equal(new InitStage(process).ConfigHash, new InitStage(oracle).ConfigHash);
        Assert.Equal(new EvaluateStage(process, 1, "M1", model).ConfigHash, new EvaluateStage(oracle, 1, "M1", model).ConfigHash);
        Assert.Equal(new DpoStage(process, 0, model).ConfigHash, new DpoStage(oracle, 0, model).ConfigHash);
        Assert.NotEqual(new RoundSearchStage(process, 0, model).ConfigHash, new RoundSearchStage(oracle, 0, model).ConfigHash);
        Assert.Equal(
            new SelfRewardingLoop(process, null!).Stages().Select(s => s.Id.Folder),
            new SelfRewardingLoop(oracle, null!).Stages().Select(s => s.Id.Folder));
    }
}

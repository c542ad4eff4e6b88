using System.Text.Json;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Lanes;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using Psr.Pipeline.WorldModels;
using Psr.Testing;
using Psr.World.Presets;
using Psr.World.Problems;
using Psr.World.Splits;
using static TorchSharp.torch;

namespace Psr.Pipeline.Tests.Lanes;

/// <summary>
/// The generation passes besides the search on lanes over one in-process model (the evaluation's greedy pass, EFT
/// mining, the outcome round): the same output as one lane, written in the same order.
/// </summary>
[Collection(Psr.Pipeline.Tests.Lanes.TorchThreadSettingsCollection.Name)]
public sealed class GenerationPassLaneTests : IDisposable
{
    private static readonly WorldPreset Preset = WorldPresets.Default;
    private static readonly IReadOnlyList<WorldProblem> Problems = new ProblemSource(Preset.Problems, Preset.Splits).Draw(WorldSplit.Train, 24, 3);

    private readonly TextGenerator _generator;
    private readonly Qwen2ForCausalLM _model;

    public GenerationPassLaneTests()
    {
        // An untrained one-layer world model: its samples are varied, so any change of batching or seeding would show.
        var tokenizer = WorldTokenizer.Create();
        _model = Qwen2ForCausalLM.Create(WorldModelShape.For(ModelSize.Tiny, tokenizer.VocabSize) with { NumHiddenLayers = 1 }, CPU, ModelDtype.Float32, 5);
        _model.eval();
        _generator = new TextGenerator(_model, tokenizer);
    }

    public void Dispose() => _model.Dispose();

    private static string Json(object value) => JsonSerializer.Serialize(value, ArtifactJson.Compact);

    /// <summary>Runs <paramref name="pass"/> with one lane and with three (each lane's ops on its own thread).</summary>
    private static async Task<(T One, T Three)> OneAndThree<T>(Func<int, Action?, Task<T>> pass)
    {
        var one = await pass(1, null);
        using var lanes = LaneThreads.Open();
        var three = await pass(3, lanes.EnterLane);
        return (one, three);
    }

    [Fact]
    public async Task The_greedy_pass_writes_the_same_records_and_progress_log_on_three_lanes()
    {
        // Given two run folders for the same greedy pass
        using var dir = new TempDir();
        var run = RunDirectory.Create(dir.Path, TinyRunConfig.Loop);
        var solver = new GeneratorGreedySolver(_generator);

        // When the pass runs with one lane and with three, batches of 5 problems
        async Task<(string Records, string Log)> Pass(int lanes, Action? enter)
        {
            var context = new StageContext(run, new StageId(lanes, "evaluate"), 1);
            Directory.CreateDirectory(context.Directory);
            var records = await GreedyEvaluation.RunAsync(context, solver, Problems, 5, 24, _ => { }, CancellationToken.None, lanes: lanes, enterLane: enter);
            return (Json(records), await File.ReadAllTextAsync(context.PathOf("greedy.progress.jsonl")));
        }
        var (one, three) = await OneAndThree(Pass);

        // Then: byte-identical records and log (batches logged in problem order)
        Assert.Equal(one.Records, three.Records);
        Assert.Equal(one.Log, three.Log);
        Assert.Equal(Problems.Count, one.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Mining_finds_the_same_wrong_steps_in_the_same_order_on_three_lanes()
    {
        // Given
        var policy = new GeneratorStepPolicy(_generator);

        // When
        var (one, three) = await OneAndThree((lanes, enter) =>
            WrongStepMiner.MineAsync(policy, Problems, 4, 1.0, 11, batchSize: 4, lanes: lanes, enterLane: enter));

        // Then: an untrained model makes wrong steps, and the lanes find the same ones in the same order
        Assert.NotEmpty(one.Wrong);
        Assert.Equal(Json(one.Wrong), Json(three.Wrong));
        Assert.Equal(one.Sampled, three.Sampled);
    }

    [Fact]
    public async Task The_outcome_round_samples_and_scores_the_same_on_three_lanes()
    {
        // Given the outcome baseline's in-process policy and scorer, short solutions and scores
        var outcome = new OutcomeConfig { BatchSize = 3, Candidates = 2, JudgeSamples = 2, MaxSolutionTokens = 24, MaxScoreTokens = 8 };
        var questions = Problems.Take(10).Select(p => new SearchQuestion(p.Id, p.Question)).ToList();

        // When
        var (one, three) = await OneAndThree(async (lanes, enter) =>
        {
            var search = new OutcomeSearch(new GeneratorSolutionPolicy(_generator), new GeneratorSolutionScorer(_generator, outcome), outcome, lanes, enter);
            var batches = new List<IReadOnlyList<OutcomeResult>>();
            await foreach (var batch in search.RunAsync(questions, 7, 2))
                batches.Add(batch);
            return batches;
        });

        // Then: the same batches in input order
        Assert.Equal(Json(one), Json(three));
        Assert.Equal(questions.Select(q => q.Id), three.SelectMany(b => b).Select(r => r.QuestionId));
    }

    [Fact]
    public void Auto_resolves_like_the_search_and_a_served_stage_keeps_one_lane()
    {
        Assert.Equal(Math.Max(1, IntraOpThreads.Current), GenerationLanes.Resolve(0, _model));
        Assert.Equal(1, GenerationLanes.Resolve(0, _model, served: true));
        Assert.Equal(1, GenerationLanes.Resolve(0, null));
        Assert.Equal(3, GenerationLanes.Resolve(3, null));
        Assert.Null(GenerationLanes.Open(2, _model, served: true));
        Assert.Null(GenerationLanes.Open(1, _model));
        using var two = GenerationLanes.Open(2, _model);
        Assert.NotNull(two);
    }
}

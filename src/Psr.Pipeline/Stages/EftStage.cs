using Psr.Model.Generation;
using Psr.Pipeline.Lanes;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.World.Eft;
using Psr.World.Judging;

namespace Psr.Pipeline.Stages;

/// <summary>
/// EFT: judge examples (<see cref="EftExample"/>) from <see cref="EftSampler"/>: <c>eft-train.jsonl</c> over the IFT
/// problems, optionally with wrong steps mined from the base model at gold prefixes, and <c>eft-test.jsonl</c> over
/// dev-split problems (the judge-accuracy set; no problem is shared with training).
/// </summary>
public sealed class EftStage(RunConfig config) : IStage
{
    /// <summary>Training examples.</summary>
    public const string TrainFile = "eft-train.jsonl";

    /// <summary>Held-out examples (judge accuracy).</summary>
    public const string TestFile = "eft-test.jsonl";

    /// <summary>The stage's id.</summary>
    public static StageId StageId { get; } = new(RunLayout.SeedRound, "eft");

    /// <summary>Run-relative path of an artifact of this stage.</summary>
    public static string Artifact(string fileName) => RunLayout.Artifact(StageId, fileName);

    private bool Mines => config.Data.MineProblems > 0 && config.Model.Checkpoint is not null;

    /// <inheritdoc />
    public StageId Id => StageId;

    /// <inheritdoc />
    public string ConfigHash
    {
        get
        {
            var data = new
            {
                config.Data.World, config.Data.EftPairs, config.Data.EftTestPairs, config.Data.MineProblems, config.Seeds.Data, config.Seeds.Run,
            };
            // Another target format or mix is other data; the default's hash is left as earlier runs wrote it.
            var hash = (config.Judge.Check, config.Data.EftCorruptions) switch
            {
                (JudgeCheck.Arithmetic, null) => ArtifactJson.HashOf(data),
                (_, null) => ArtifactJson.HashOf(new { data, config.Judge.Check }),
                _ => ArtifactJson.HashOf(new { data, config.Judge.Check, config.Data.EftCorruptions }),
            };
            return config.Judge.WithTargetStyle(hash);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => Mines
        ? [IftStage.Artifact, .. ModelFolder.FileNames.Select(f => Path.Combine(config.Model.ResolvedCheckpoint()!, f))]
        : [IftStage.Artifact];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var questions = new WorldQuestions(config);
        var ift = questions.Ift();
        var (pool, sampled) = Mines ? await MineAsync(ift, cancellationToken).ConfigureAwait(false) : ([], 0);
        var sampler = new EftSampler(questions.TrainEft, ift, pool);
        var seed = unchecked((int)config.Seeds.Run);
        var train = EftExamples.Draw(sampler, config.Data.EftPairs, seed);
        var test = EftExamples.Draw(new EftSampler(questions.Eft, questions.EftTest()), config.Data.EftTestPairs, seed + 1);
        ArtifactJsonl.Write(context.PathOf(TrainFile), train);
        ArtifactJsonl.Write(context.PathOf(TestFile), test);
        var counts = new Dictionary<string, long>
        {
            ["train"] = train.Count,
            ["test"] = test.Count,
            ["minedSamples"] = sampled,
            ["minedWrongSteps"] = pool.Count,
            ["keptWrongSteps"] = sampler.SampledSteps,
            ["trainFromMinedSteps"] = train.Count(e => e.WrongSource == "sampled"),
        };
        foreach (var kind in Enum.GetValues<EftPairKind>())
            counts["train" + kind] = train.Count(e => e.Kind == kind);
        return new StageOutcome([context.Artifact(TrainFile), context.Artifact(TestFile)], counts);
    }

    private async Task<(IReadOnlyList<SampledWrongStep> Pool, int Sampled)> MineAsync(
        IReadOnlyList<World.Problems.WorldProblem> ift, CancellationToken ct)
    {
        var (model, tokenizer) = ModelFolder.Load(config.Model.ResolvedCheckpoint()!);
        using (model)
        {
            var policy = new GeneratorStepPolicy(new TextGenerator(model, tokenizer));
            // The rounds' lane setting (search.lanes): mining is a search-like pass over the base model.
            var lanes = GenerationLanes.Resolve(config.Search.Lanes, model);
            using var threads = GenerationLanes.Open(lanes, model);
            return await WrongStepMiner.MineAsync(policy, ift.Take(config.Data.MineProblems).ToList(), 4, 1.0,
                unchecked((int)config.Seeds.Run) + 11, config.Search.PolicyBatchSize, ct, lanes, LaneThreads.EntryOf(threads)).ConfigureAwait(false);
        }
    }
}

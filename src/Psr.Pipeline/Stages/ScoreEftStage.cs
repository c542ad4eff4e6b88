using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.World.Judging;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The outcome baseline's EFT: whole-solution scoring examples (<see cref="ScoreExample"/>) drawn from the same IFT
/// problems and corruption rules as the process EFT, as many as <c>data.eftPairs</c>, so both methods' M1 see the same
/// amount of judge data. <c>score-train.jsonl</c>; and <c>score-test.jsonl</c> over the dev-split EFT test problems.
/// </summary>
public sealed class ScoreEftStage(RunConfig config) : IStage
{
    /// <summary>Training examples.</summary>
    public const string TrainFile = "score-train.jsonl";

    /// <summary>Held-out examples.</summary>
    public const string TestFile = "score-test.jsonl";

    /// <summary>The stage's id.</summary>
    public static StageId StageId { get; } = new(RunLayout.SeedRound, "score-eft");

    /// <summary>Run-relative path of an artifact of this stage.</summary>
    public static string Artifact(string fileName) => RunLayout.Artifact(StageId, fileName);

    /// <inheritdoc />
    public StageId Id => StageId;

    /// <inheritdoc />
    public string ConfigHash
    {
        get
        {
            var hash = config.Data.EftCorruptions is { } mix
                ? ArtifactJson.HashOf(new { config.Data.World, config.Data.EftPairs, config.Data.EftTestPairs, config.Seeds.Data, config.Seeds.Run, EftCorruptions = mix })
                : ArtifactJson.HashOf(new { config.Data.World, config.Data.EftPairs, config.Data.EftTestPairs, config.Seeds.Data, config.Seeds.Run });
            // The scoring targets' columns and comparisons follow judge.carry and judge.digitOrder.
            return config.Judge.WithTargetStyle(hash);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [IftStage.Artifact];

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var questions = new WorldQuestions(config);
        var seed = unchecked((int)config.Seeds.Run) + 7;
        var train = ScoreExampleBuilder.Draw(questions.Ift(), questions.TrainCorruptions, config.Data.EftPairs, seed,
            config.Judge.TargetStyle());
        var test = ScoreExampleBuilder.Draw(questions.EftTest(), questions.Preset.Eft.Corruptions, config.Data.EftTestPairs, seed + 1,
            config.Judge.TargetStyle());
        ArtifactJsonl.Write(context.PathOf(TrainFile), train);
        ArtifactJsonl.Write(context.PathOf(TestFile), test);
        var counts = new Dictionary<string, long> { ["train"] = train.Count, ["test"] = test.Count };
        foreach (var points in Enumerable.Range(0, 6))
            counts[$"trainPoints{points}"] = train.Count(e => e.Points == points);
        return Task.FromResult(new StageOutcome([context.Artifact(TrainFile), context.Artifact(TestFile)], counts));
    }
}

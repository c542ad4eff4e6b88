using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>IFT: the world's gold solutions, step-formatted, as <c>ift.jsonl</c> (<see cref="IftRecord"/>).</summary>
public sealed class IftStage(RunConfig config) : IStage
{
    /// <summary>The artifact's file name.</summary>
    public const string FileName = "ift.jsonl";

    /// <summary>The stage's id.</summary>
    public static StageId StageId { get; } = new(RunLayout.SeedRound, "ift");

    /// <summary>Run-relative path of the artifact.</summary>
    public static string Artifact => RunLayout.Artifact(StageId, FileName);

    /// <inheritdoc />
    public StageId Id => StageId;

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Data.World, config.Data.IftProblems, config.Seeds.Data });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [];

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new WorldQuestions(config).Ift();
        ArtifactJsonl.Write(context.PathOf(FileName), problems.Select(p => new IftRecord(p.Id, p.Question, p.Answer, p.GoldSteps)));
        var counts = new Dictionary<string, long>
        {
            ["problems"] = problems.Count,
            ["steps"] = problems.Sum(p => (long)p.GoldSteps.Count),
        };
        return Task.FromResult(new StageOutcome([context.Artifact(FileName)], counts));
    }
}

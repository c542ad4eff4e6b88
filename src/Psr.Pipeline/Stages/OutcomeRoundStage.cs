using Psr.Model.Generation;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Lanes;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The outcome baseline's round <c>k</c>: on the same fresh questions as the process method's search, the previous model
/// samples whole solutions and scores them itself (<see cref="OutcomeSearch"/>). Resumable per batch through
/// <c>progress.jsonl</c>; <c>questions.jsonl</c>, <c>pairs.jsonl</c> (<see cref="SolutionPair"/>) and <c>results.jsonl</c>
/// (<see cref="OutcomeResult"/>) at the end.
/// </summary>
public sealed class OutcomeRoundStage(RunConfig config, int roundIndex, IReadOnlyList<string> modelArtifacts, IProgress<StageProgress>? progress = null) : IStage
{
    /// <summary>The id of the scoring stage of round <paramref name="roundIndex"/> (0-based over <c>rounds</c>).</summary>
    public static StageId StageIdOf(int roundIndex) => new(RunLayout.RoundOf(roundIndex), "score");

    /// <inheritdoc />
    public StageId Id => StageIdOf(roundIndex);

    /// <inheritdoc />
    public string ConfigHash => GenerationHash.Of(ArtifactJson.HashOf(new
    {
        config.Data.World, config.Data.IftProblems, Rounds = config.Rounds.Take(roundIndex + 1), Outcome = config.Outcome.Resolved(config), config.Seeds,
    }), config.Model);

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => modelArtifacts;

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var questions = new WorldQuestions(config).Round(roundIndex).Select(p => new SearchQuestion(p.Id, p.Question)).ToList();
        ArtifactJsonl.Write(context.PathOf(RoundSearchStage.QuestionsFile), questions);
        using var log = context.OpenProgress<OutcomeResult>();
        var done = log.Records.Select(r => r.QuestionId).ToHashSet(StringComparer.Ordinal);
        var (model, tokenizer) = ModelFolder.Load(context.Run.Resolve(Path.GetDirectoryName(modelArtifacts[0])!));
        using (model)
        {
            var generator = new TextGenerator(model, tokenizer);
            var outcome = config.Outcome.Resolved(config);
            // The rounds' lane setting (search.lanes): this is the outcome baseline's search.
            var lanes = GenerationLanes.Resolve(config.Search.Lanes, model);
            using var threads = GenerationLanes.Open(lanes, model);
            var search = new OutcomeSearch(new GeneratorSolutionPolicy(generator), new GeneratorSolutionScorer(generator, outcome), outcome,
                lanes, LaneThreads.EntryOf(threads));
            var remaining = questions.Where(q => !done.Contains(q.Id)).ToList();
            Report(log.Records.Count, questions.Count);
            await foreach (var batch in search.RunAsync(remaining, config.Seeds.Run, Id.Round, cancellationToken).ConfigureAwait(false))
            {
                log.Append(batch);
                Report(log.Records.Count, questions.Count);
            }
        }
        var byId = log.Records.ToDictionary(r => r.QuestionId, StringComparer.Ordinal);
        var results = questions.Select(q => byId[q.Id]).ToList();
        ArtifactJsonl.Write(context.PathOf(SearchStage.PairsFile), results.Where(r => r.Pair is not null).Select(r => r.Pair!));
        ArtifactJsonl.Write(context.PathOf(SearchStage.ResultsFile), results);
        var outputs = new List<string> { context.Artifact(RoundSearchStage.QuestionsFile), context.Artifact(SearchStage.PairsFile), context.Artifact(SearchStage.ResultsFile) };
        return new StageOutcome(outputs, Counts(results));
    }

    private void Report(int done, int total) => progress?.Report(new StageProgress($"{Id.Folder} questions", done, total));

    private static Dictionary<string, long> Counts(List<OutcomeResult> results)
    {
        var counts = new Dictionary<string, long>
        {
            ["questions"] = results.Count,
            ["pairs"] = results.Count(r => r.Pair is not null),
            ["judgeCalls"] = results.Sum(r => r.Candidates.Sum(c => (long)c.Outputs.Count)),
            ["unparsedScores"] = results.Sum(r => r.Candidates.Sum(c => (long)c.Scores.Count(s => s is null))),
        };
        foreach (var d in Enum.GetValues<OutcomeDecision>().Where(d => d != OutcomeDecision.Kept))
            counts[char.ToLowerInvariant(d.ToString()[0]) + d.ToString()[1..]] = results.Count(r => r.Decision == d);
        return counts;
    }
}

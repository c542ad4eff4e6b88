using Psr.Model.Generation;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The search of round <c>k</c> (k ≥ 2): the previous model is policy and judge (PPD, pairs collected; with
/// <see cref="SelfRewardingMethod.OracleJudge"/> the exact oracle judges instead) on the round's
/// fresh train questions (a benchmark's next slice for <c>data.source = Benchmark</c>), written first as <c>questions.jsonl</c>. The work is <see cref="SearchStage"/>'s: resumable
/// per finished question, <c>pairs.jsonl</c> and <c>results.jsonl</c> at the end.
/// </summary>
public sealed class RoundSearchStage(RunConfig config, int roundIndex, IReadOnlyList<string> modelArtifacts, IProgress<StageProgress>? progress = null,
    IRemoteRoles? remote = null) : IStage
{
    /// <summary>The round's questions.</summary>
    public const string QuestionsFile = "questions.jsonl";

    /// <summary>The id of the search stage of round <paramref name="roundIndex"/> (0-based over <c>rounds</c>).</summary>
    public static StageId StageIdOf(int roundIndex) => new(RunLayout.RoundOf(roundIndex), "search");

    /// <inheritdoc />
    public StageId Id => StageIdOf(roundIndex);

    /// <summary>The oracle judges the search instead of the model (the perfect-judge control, <see cref="SelfRewardingMethod.OracleJudge"/>).</summary>
    private bool OracleJudged => config.Experiment.Method == SelfRewardingMethod.OracleJudge;

    /// <inheritdoc />
    public string ConfigHash => GenerationHash.Of(
        OracleJudged ? ArtifactJson.HashOf(new { Search = SearchHash, Judge = "oracle" }) : SearchHash, config.Model);

    private string SearchHash => config.Data.Source == DataSource.Benchmark
        ? ArtifactJson.HashOf(new
        {
            config.Data.BenchmarkPath, config.Data.BenchmarkFormat, config.Data.IftProblems, Rounds = config.Rounds.Take(roundIndex + 1), Search = SearchConfig.WithoutSpeed(config.Search), config.Judge, config.Seeds,
        })
        : ArtifactJson.HashOf(new
        {
            config.Data.World, config.Data.IftProblems, Rounds = config.Rounds.Take(roundIndex + 1), Search = SearchConfig.WithoutSpeed(config.Search), config.Judge, config.Seeds,
        });

    /// <summary>The round's questions: fresh world train questions, or the benchmark's next slice (<see cref="BenchmarkQuestions"/>).</summary>
    private List<SearchQuestion> Questions() => config.Data.Source == DataSource.Benchmark
        ? new BenchmarkQuestions(config).Round(roundIndex).Select(p => new SearchQuestion(p.Id, p.Question)).ToList()
        : new WorldQuestions(config).Round(roundIndex).Select(p => new SearchQuestion(p.Id, p.Question)).ToList();

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => modelArtifacts;

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var questions = Questions();
        ArtifactJsonl.Write(context.PathOf(QuestionsFile), questions);
        var modelName = roundIndex == 0 ? "M1" : config.Rounds[roundIndex - 1].Name;
        await using var roles = await StageRoles.OpenAsync(config, remote, modelName, context.Run.Resolve(Path.GetDirectoryName(modelArtifacts[0])!),
            context.PathOf(StageRoles.ServerLogFile), cancellationToken).ConfigureAwait(false);
        var searchConfig = roles.WithLanes(config.Search);
        using var lanes = roles.OpenLanes(searchConfig);
        var search = new StepSearch(roles.Policy, OracleJudged ? new OracleStepJudge() : roles.Judge, searchConfig, LaneThreads.EntryOf(lanes));
        var inner = new SearchStage(Id, ConfigHash, Inputs, search, new SearchContext(config.Seeds.Run, Id.Round, SearchMode.CollectPairs),
            questions, p => progress?.Report(new StageProgress($"{Id.Folder} questions", p, questions.Count)));
        var outcome = await inner.RunAsync(context, cancellationToken).ConfigureAwait(false);
        return new StageOutcome([context.Artifact(QuestionsFile), .. outcome.Outputs], roles.WithCounts(outcome.Counts));
    }
}

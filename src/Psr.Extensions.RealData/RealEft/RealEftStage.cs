using System.Globalization;
using Psr.Core.Errors;
using Psr.Model.Generation;
using Psr.Extensions.RealData.Stages;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// The EFT stage for real data (<c>eft.enabled</c>): same id, folder and artifacts as <see cref="EftStage"/>
/// (<c>eft-train.jsonl</c>, <c>eft-test.jsonl</c>), so Init and the judge-accuracy evaluation read them unchanged;
/// built by <see cref="RealEftBuilder"/> from the IFT problems with the base model's policy (served, or the base
/// checkpoint in-process), the configured PRM and the served strong judge. Every finished problem is in
/// <c>progress.jsonl</c> (trees, scores, both judgments, decisions), so a killed stage resumes; the manifest counts
/// every node outcome and drop reason and the roles' traffic.
/// </summary>
public sealed class RealEftStage(RunConfig config, IEftRoles? roles, IProgress<StageProgress>? progress = null) : IStage
{
    /// <inheritdoc />
    public StageId Id => EftStage.StageId;

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Eft, config.Data, config.Model.Checkpoint, config.Seeds });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [IftStage.Artifact];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (roles is null)
            throw new ConfigException(["eft.enabled = true: no HTTP backend was given to the loop for backends.annotator (psr run provides one)"]);
        var problems = Problems(context.Run);
        var baseDir = config.Model.ResolvedCheckpoint() ?? "";
        using var served = roles.OpenEft(config.Backends,
            new EftRoleOptions(config.Eft.PromptStyle, config.Eft.AnnotatorMaxTokens, config.Eft.AnnotatorTemperature), new RoleModel("M0", Path.GetFullPath(string.IsNullOrEmpty(baseDir) ? "." : baseDir)));
        var annotator = served.Annotator ?? throw new ConfigException(["backends.annotator: eft.enabled = true needs the strong judge served"]);
        var (policy, model) = Policy(served, baseDir);
        using (model)
        {
            var scorer = Scorer(served, policy);
            var seed = config.Seeds.Run;
            using var log = context.OpenProgress<RealEftProblemRecord>();
            var builder = new RealEftBuilder(policy, scorer, annotator, config.Eft, seed);
            var result = await builder.BuildAsync(problems, log,
                done => progress?.Report(new StageProgress($"{Id.Folder} problems", done, problems.Count)), cancellationToken).ConfigureAwait(false);
            ArtifactJsonl.Write(context.PathOf(EftStage.TrainFile), result.Train);
            ArtifactJsonl.Write(context.PathOf(EftStage.TestFile), result.Test);
            var counts = new SortedDictionary<string, long>(result.Counts.ToDictionary(), StringComparer.Ordinal);
            foreach (var (key, value) in served.Counts())
                counts[key] = value;
            return new StageOutcome([context.Artifact(EftStage.TrainFile), context.Artifact(EftStage.TestFile)], counts);
        }
    }

    /// <summary>The IFT problems the trees grow from (the first <c>eft.maxProblems</c>, 0 = all).</summary>
    private List<EftProblem> Problems(RunDirectory run)
    {
        var path = run.Resolve(IftStage.Artifact);
        var ift = config.Data.Source == DataSource.Benchmark
            ? ArtifactJsonl.Read<BenchmarkIftRecord>(path).Select(r => new EftProblem(r.Id, r.Question, r.Answer, r.Steps))
            : ArtifactJsonl.Read<IftRecord>(path).Select(r => new EftProblem(r.Id, r.Question, r.Answer.ToString(CultureInfo.InvariantCulture), r.Steps));
        return (config.Eft.MaxProblems > 0 ? ift.Take(config.Eft.MaxProblems) : ift).ToList();
    }

    private static (IStepPolicy Policy, IDisposable? Model) Policy(IEftRoleSet served, string baseDir)
    {
        if (served.Policy is { } remote)
            return (remote, null);
        if (baseDir.Length == 0 || !ModelFolder.Exists(baseDir))
            throw new ConfigException(["eft.enabled = true: the policy needs backends.policy served or model.checkpoint set to the base model"]);
        var (model, tokenizer) = ModelFolder.Load(baseDir);
        return (new GeneratorStepPolicy(new TextGenerator(model, tokenizer)), model);
    }

    private IStepScorer Scorer(IEftRoleSet served, IStepPolicy policy) => config.Eft.Scorer switch
    {
        StepScorerKind.PrmEndpoint => served.Prm ?? throw new ConfigException(["backends.prm: eft.scorer = PrmEndpoint needs the PRM served"]),
        _ => new RolloutStepScorer(policy, new RolloutSettings(config.Eft.Rollouts, config.Eft.RolloutTemperature, config.Eft.TopP,
            config.Eft.MaxStepTokens, config.Eft.RolloutMaxSteps), new GradedAnswerCheck()),
    };
}

using Psr.Model.Generation;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.World.Judging;
using Psr.World.Problems;

namespace Psr.Studies.Safeguard;

/// <summary>
/// The configured dev signal on the built-in world: judge agreement with the oracle's labels on the dev pairs (both
/// orders; unparsed verdicts count as disagreement), or greedy accuracy on the dev problems. Each model's records go to
/// <c>{which}-judge.jsonl</c> / <c>{which}-greedy.jsonl</c> through a progress log, so a kill loses at most one batch.
/// </summary>
public sealed class WorldDevSignal : IDevSignal
{
    /// <summary>The dev judge pairs (agreement signal), written to the stage folder.</summary>
    public const string DevPairsFile = "dev-pairs.jsonl";

    private readonly RunConfig _config;
    private readonly IReadOnlyList<WorldProblem> _problems;
    private readonly IProgress<StageProgress>? _progress;

    /// <summary>Draws the dev set of <paramref name="config"/>.</summary>
    public WorldDevSignal(RunConfig config, IProgress<StageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _problems = SafeguardDevSet.Problems(config);
        _progress = progress;
    }

    /// <inheritdoc />
    public int Items => _problems.Count;

    /// <inheritdoc />
    public async Task<double> MeasureAsync(StageContext context, string which, string modelFolder, List<string> outputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outputs);
        var (model, tokenizer) = ModelFolder.Load(context.Run.Resolve(modelFolder));
        using (model)
        {
            var generator = new TextGenerator(model, tokenizer);
            if (_config.Safeguard.Signal == SafeguardSignal.DevAccuracy)
            {
                var greedy = await GreedyEvaluation.RunAsync(context, new GeneratorGreedySolver(generator), _problems, _config.Evaluation.BatchSize, _config.Evaluation.MaxSolutionTokens,
                    Report(context, $"{which} model dev greedy", _problems.Count), cancellationToken, $"{which}-greedy.progress.jsonl").ConfigureAwait(false);
                outputs.Add(Write(context, $"{which}-greedy.jsonl", greedy));
                return greedy.Count(r => r.Correct) / (double)Math.Max(1, greedy.Count);
            }
            var pairs = SafeguardDevSet.Pairs(_config, _problems);
            var pairsFile = Write(context, DevPairsFile, pairs); // the labelled set, for readers of the judge records
            if (!outputs.Contains(pairsFile))
                outputs.Add(pairsFile);
            var judge = new GeneratorStepJudge(generator, _config.Judge.MaxNewTokens, ownStep: _config.Judge.Check.NeedsOwnStep());
            var records = await JudgeEvaluation.RunAsync(context, judge, pairs, _config.Search.JudgeBatchSize,
                Report(context, $"{which} model dev judge", 2 * pairs.Count), cancellationToken, $"{which}-judge.progress.jsonl").ConfigureAwait(false);
            outputs.Add(Write(context, $"{which}-judge.jsonl", records));
            return JudgeEvaluation.Summarize(records).Accuracy;
        }
    }

    private Action<int> Report(StageContext context, string task, int total) =>
        done => _progress?.Report(new StageProgress($"{context.Id.Folder} {task}", done, total));

    private static string Write<T>(StageContext context, string fileName, IEnumerable<T> records)
    {
        ArtifactJsonl.Write(context.PathOf(fileName), records);
        return context.Artifact(fileName);
    }
}

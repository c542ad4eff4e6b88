using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.SeedData;
using Psr.Training.Data;
using Psr.Training.Dpo;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Step-DPO of round <c>k</c>: the previous model is trained on the round's pairs (prompt = question + previous steps,
/// chosen and rejected step) with itself as the reference. A round is short and has no mid-round checkpoints: a killed
/// round reruns from the unchanged previous model. No pairs → the model is carried over unchanged.
/// </summary>
public sealed class DpoStage(RunConfig config, int roundIndex, IReadOnlyList<string> modelArtifacts, IProgress<StageProgress>? progress = null) : IStage
{
    /// <summary>Per-step DPO loss, reward accuracy and margin.</summary>
    public const string HistoryFile = "history.jsonl";

    /// <summary>The id of the step-DPO stage of round <paramref name="roundIndex"/> (0-based over <c>rounds</c>).</summary>
    public static StageId StageIdOf(int roundIndex) => new(roundIndex + 2, "step-dpo");

    /// <summary>Run-relative paths of the model this stage writes.</summary>
    public static IReadOnlyList<string> ModelArtifactsOf(int roundIndex) => ModelFolder.Artifacts($"stages/{StageIdOf(roundIndex).Folder}");

    /// <summary>Run-relative path of the pairs this stage trains on.</summary>
    public string PairsArtifact => $"stages/{RoundSearchStage.StageIdOf(roundIndex).Folder}/{SearchStage.PairsFile}";

    /// <inheritdoc />
    public StageId Id => StageIdOf(roundIndex);

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Dpo, config.Seeds.Run, Round = Id.Round });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [PairsArtifact, .. modelArtifacts];

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = ArtifactJsonl.Read<StepPair>(context.Run.Resolve(PairsArtifact));
        var (model, tokenizer) = ModelFolder.Load(context.Run.Resolve(Path.GetDirectoryName(modelArtifacts[0])!));
        using (model)
        {
            var history = new List<DpoProgress>();
            var truncated = 0;
            if (pairs.Count > 0)
            {
                var examples = pairs.Select(p => new PreferenceExample(PolicyPrompt.Format(p.Question, p.PreviousSteps), p.Chosen, p.Rejected)).ToList();
                var sink = new Progress(history, progress, $"{Id.Folder} steps");
                truncated = new StepDpoTrainer(model, tokenizer, config.Dpo.ToTrainer(config.Seeds.Run + Id.Round))
                    .Train(examples, sink, cancellationToken).TruncatedPairs;
            }
            cancellationToken.ThrowIfCancellationRequested();
            ModelFolder.Save(model, tokenizer, context.PathOf(ModelFolder.Name));
            ArtifactJsonl.Write(context.PathOf(HistoryFile), history);
            var counts = new Dictionary<string, long> { ["pairs"] = pairs.Count, ["steps"] = history.Count, ["truncatedPairs"] = truncated };
            return Task.FromResult(new StageOutcome([.. ModelArtifactsOf(roundIndex), context.Artifact(HistoryFile)], counts));
        }
    }

    /// <summary>Keeps each step and reports it.</summary>
    private sealed class Progress(List<DpoProgress> history, IProgress<StageProgress>? progress, string task) : IProgress<DpoProgress>
    {
        public void Report(DpoProgress value)
        {
            history.Add(value);
            progress?.Report(new StageProgress(task, value.Step, value.TotalSteps));
        }
    }
}

using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.SeedData;
using Psr.Training.Data;
using Psr.Training.Dpo;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Step-DPO of round <c>k</c>: the previous model is trained on the round's pairs (prompt = question + previous steps,
/// chosen and rejected step) with itself as the reference. A round is short and has no mid-round checkpoints: a killed
/// round reruns from the unchanged previous model. No pairs → the model is carried over unchanged. For the outcome
/// baseline (<see cref="SelfRewardingMethod.Outcome"/>) the same trainer and settings run whole-response DPO: prompt =
/// the question, chosen / rejected = whole solutions followed by EOS.
/// </summary>
public sealed class DpoStage(RunConfig config, int roundIndex, IReadOnlyList<string> modelArtifacts, IProgress<StageProgress>? progress = null,
    SelfRewardingMethod method = SelfRewardingMethod.Process) : IStage
{
    /// <summary>Per-step DPO loss, reward accuracy and margin.</summary>
    public const string HistoryFile = "history.jsonl";

    /// <summary>The id of the step-DPO stage of round <paramref name="roundIndex"/> (0-based over <c>rounds</c>).</summary>
    public static StageId StageIdOf(int roundIndex, SelfRewardingMethod method = SelfRewardingMethod.Process) =>
        new(RunLayout.RoundOf(roundIndex), method == SelfRewardingMethod.Outcome ? "dpo" : "step-dpo");

    /// <summary>Run-relative paths of the model this stage writes.</summary>
    public static IReadOnlyList<string> ModelArtifactsOf(int roundIndex, SelfRewardingMethod method = SelfRewardingMethod.Process) =>
        ModelFolder.Artifacts(RunLayout.StageFolder(StageIdOf(roundIndex, method)));

    /// <summary>Run-relative path of the pairs this stage trains on.</summary>
    public string PairsArtifact => method == SelfRewardingMethod.Outcome
        ? RunLayout.Artifact(OutcomeRoundStage.StageIdOf(roundIndex), SearchStage.PairsFile)
        : RunLayout.Artifact(RoundSearchStage.StageIdOf(roundIndex), SearchStage.PairsFile);

    /// <inheritdoc />
    public StageId Id => StageIdOf(roundIndex, method);

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Dpo, config.Seeds.Run, Round = Id.Round });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [PairsArtifact, .. modelArtifacts, .. ReplayArtifacts];

    /// <summary>What the replayed examples are read from: nothing, the seed data, the round's own search, or it and the seed EFT.</summary>
    private IReadOnlyList<string> ReplayArtifacts => config.Dpo.Replay == 0 ? [] : config.Dpo.ReplaySource switch
    {
        ReplaySource.OwnPaths => OwnPathExamples.Artifacts(roundIndex, method),
        ReplaySource.OwnPathsAndEft => [.. OwnPathExamples.Artifacts(roundIndex, method), SeedSftExamples.EftArtifact(config)],
        _ => SeedSftExamples.Artifacts(config),
    };

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var examples = Examples(context.Run);
        var (model, tokenizer) = ModelFolder.Load(context.Run.Resolve(Path.GetDirectoryName(modelArtifacts[0])!));
        using (model)
        {
            var history = new List<DpoProgress>();
            var truncated = 0;
            var replay = examples.Count > 0 ? Replay(context.Run) : null;
            if (examples.Count > 0)
            {
                var sink = new Progress(history, progress, $"{Id.Folder} steps");
                var trainer = config.Dpo with { Seed = config.Seeds.Run + Id.Round };
                if (method == SelfRewardingMethod.Outcome)
                    trainer = trainer with { Eos = EosPolicy.Append };
                truncated = new StepDpoTrainer(model, tokenizer, trainer).Train(examples, sink, cancellationToken, replay).TruncatedPairs;
            }
            cancellationToken.ThrowIfCancellationRequested();
            ModelFolder.Save(model, tokenizer, context.PathOf(ModelFolder.Name));
            ArtifactJsonl.Write(context.PathOf(HistoryFile), history);
            var counts = new Dictionary<string, long> { ["pairs"] = examples.Count, ["steps"] = history.Count, ["truncatedPairs"] = truncated };
            if (replay is not null)
                counts["replayExamples"] = replay.Count;
            return Task.FromResult(new StageOutcome([.. ModelArtifactsOf(roundIndex, method), context.Artifact(HistoryFile)], counts));
        }
    }

    /// <summary>The examples replayed beside the pairs: none, the seed data, the round's own self-verified solutions, or those and the seed EFT.</summary>
    private List<SftExample>? Replay(RunDirectory run) => config.Dpo.Replay == 0 ? null : config.Dpo.ReplaySource switch
    {
        ReplaySource.OwnPaths => OwnPathExamples.Read(run, roundIndex, method, config.Dpo.OwnPaths),
        ReplaySource.OwnPathsAndEft => [.. OwnPathExamples.Read(run, roundIndex, method, config.Dpo.OwnPaths), .. SeedSftExamples.ReadEft(run, config)],
        _ => SeedSftExamples.Read(run, config),
    };

    /// <summary>The round's pairs as preference examples: step pairs, or whole-solution pairs for the outcome baseline.</summary>
    private List<PreferenceExample> Examples(RunDirectory run) => method == SelfRewardingMethod.Outcome
        ? ArtifactJsonl.Read<SolutionPair>(run.Resolve(PairsArtifact)).Select(p => new PreferenceExample(PolicyPrompt.Format(p.Question, []), p.Chosen, p.Rejected)).ToList()
        : ArtifactJsonl.Read<StepPair>(run.Resolve(PairsArtifact)).Select(p => new PreferenceExample(PolicyPrompt.Format(p.Question, p.PreviousSteps), p.Chosen, p.Rejected)).ToList();

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

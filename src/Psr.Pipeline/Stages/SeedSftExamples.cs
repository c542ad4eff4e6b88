using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.Training.Data;
using Psr.World.Eft;

namespace Psr.Pipeline.Stages;

/// <summary>The seed SFT data of a run (IFT + EFT, as Init trains M1 on them), for Init and for replay during DPO.</summary>
public static class SeedSftExamples
{
    /// <summary>Run-relative artifacts the seed examples are read from.</summary>
    public static IReadOnlyList<string> Artifacts(RunConfig config) => [IftStage.Artifact, EftArtifact(config)];

    /// <summary>The EFT artifact: step-judge examples, or whole-solution scoring examples for the outcome baseline.</summary>
    public static string EftArtifact(RunConfig config) => config.Experiment.Method == SelfRewardingMethod.Outcome
        ? ScoreEftStage.Artifact(ScoreEftStage.TrainFile)
        : EftStage.Artifact(EftStage.TrainFile);

    /// <summary>IFT then EFT examples, in file order.</summary>
    public static List<SftExample> Read(RunDirectory run, RunConfig config) => [.. ReadIft(run), .. ReadEft(run, config)];

    /// <summary>Init's stream (and the continued-SFT control's): <see cref="Read"/> with each IFT example <c>sft.iftRepeat</c> times.</summary>
    public static List<SftExample> ReadForInit(RunDirectory run, RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var ift = ReadIft(run);
        return [.. Enumerable.Repeat(ift, config.Sft.IftRepeat ?? 1).SelectMany(e => e), .. ReadEft(run, config)];
    }

    private static List<SftExample> ReadIft(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return ArtifactJsonl.Read<IftRecord>(run.Resolve(IftStage.Artifact))
            .Select(r => new SftExample(PolicyPrompt.Format(r.Question, []), string.Join('\n', r.Steps))).ToList();
    }

    /// <summary>The EFT examples alone (the judge's training data), in file order.</summary>
    public static IReadOnlyList<SftExample> ReadEft(RunDirectory run, RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(run);
        var eftPath = run.Resolve(EftArtifact(config));
        return config.Experiment.Method == SelfRewardingMethod.Outcome
            ? ArtifactJsonl.Read<ScoreExample>(eftPath).Select(e => new SftExample(e.Prompt, e.Target)).ToList()
            : EftExamples.ToSft(ArtifactJsonl.Read<EftExample>(eftPath));
    }
}

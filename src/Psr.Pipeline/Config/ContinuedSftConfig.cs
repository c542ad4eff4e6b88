using Psr.Core.Errors;
using Psr.Pipeline.Runs;
using Psr.Training.Sft;

namespace Psr.Pipeline.Config;

/// <summary>
/// The "more of the same training" control (<see cref="SelfRewardingMethod.ContinuedSft"/>): each round continues the
/// previous model's SFT on the run's own IFT + EFT seed data instead of search + step-DPO. The dose matches what that
/// round's step-DPO would take: optimizer steps = <c>dpo.epochs × ceil(pairs / dpo.batchSize)</c>. The pair count is
/// only known after the search, which this control does not run, so it is estimated as
/// <c>round(questions × pairsPerQuestion)</c> (about one pair per question on the world's default preset, docs/world.md
/// §9) or given per round by <see cref="Steps"/>. The optimizer is step-DPO's (AdamW without weight decay, the DPO
/// learning rate, warm-up and cosine schedule), so only the data and the loss differ from a process round.
/// </summary>
public sealed record ContinuedSftConfig
{
    /// <summary>Step-DPO pairs assumed per round question when <see cref="Steps"/> is empty. Default 1.0.</summary>
    public double PairsPerQuestion { get; init; } = 1.0;

    /// <summary>Optimizer steps per round, one entry per round; empty = derived from <see cref="PairsPerQuestion"/>. Default empty.</summary>
    public IReadOnlyList<int> Steps { get; init; } = [];

    /// <summary>
    /// Sequences per step; 0 = 2 × <c>dpo.batchSize</c> (a DPO pair trains two sequences of about one solution's
    /// length, so the tokens per step are of the same order). Default 0.
    /// </summary>
    public int BatchSize { get; init; }

    /// <summary>Peak learning rate; 0 = <c>dpo.learningRate</c> (the dose of the update it replaces; <c>sft.learningRate</c> tests M1's plateau harder). Default 0.</summary>
    public double LearningRate { get; init; }

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "continuedSft")
    {
        var p = new ConfigProblems(path);
        p.Check(PairsPerQuestion > 0 && double.IsFinite(PairsPerQuestion), nameof(PairsPerQuestion), PairsPerQuestion, "must be > 0")
            .Check(Steps.All(s => s > 0), nameof(Steps), string.Join(",", Steps), "every entry must be > 0")
            .Check(BatchSize >= 0, nameof(BatchSize), BatchSize, "must be >= 0 (0 = 2 x dpo.batchSize)")
            .Check(LearningRate >= 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "must be >= 0 (0 = dpo.learningRate)");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());

    /// <summary>The optimizer steps of round <paramref name="roundIndex"/> (0-based) of <paramref name="config"/>.</summary>
    public static int StepsOf(RunConfig config, int roundIndex)
    {
        ArgumentNullException.ThrowIfNull(config);
        var c = config.ContinuedSft;
        if (c.Steps.Count > 0)
            return c.Steps[roundIndex];
        var pairs = (int)Math.Round(config.Rounds[roundIndex].Questions * c.PairsPerQuestion, MidpointRounding.AwayFromZero);
        return config.Dpo.Epochs * (int)Math.Ceiling(Math.Max(1, pairs) / (double)config.Dpo.BatchSize);
    }

    /// <summary>The trainer settings of round <paramref name="roundIndex"/>: step-DPO's optimizer, SFT's sequence length and checkpoints.</summary>
    public static SftConfig TrainerOf(RunConfig config, int roundIndex)
    {
        ArgumentNullException.ThrowIfNull(config);
        var c = config.ContinuedSft;
        var steps = StepsOf(config, roundIndex);
        return new SftConfig
        {
            Steps = steps,
            BatchSize = c.BatchSize > 0 ? c.BatchSize : 2 * config.Dpo.BatchSize,
            LearningRate = c.LearningRate > 0 ? c.LearningRate : config.Dpo.LearningRate,
            WarmupSteps = Math.Min(config.Dpo.WarmupSteps, steps),
            WeightDecay = 0, // step-DPO's AdamW has none
            MaxSequenceTokens = config.Sft.MaxSequenceTokens,
            CheckpointEvery = config.Sft.CheckpointEvery,
            LossNormalization = config.Sft.LossNormalization, // the control continues Init's own objective
            Seed = config.Seeds.Run + RunLayout.RoundOf(roundIndex), // each round its own data order, as each DPO round its own seed
        };
    }
}

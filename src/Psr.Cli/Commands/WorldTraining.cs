using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Studies.WorldTraining;

namespace Psr.Cli.Commands;

/// <summary>Maps <see cref="WorldTrainSettings"/> to a <see cref="WorldTrainer"/> run with progress on stdout.</summary>
internal static class WorldTraining
{
    public static int Run(WorldTrainSettings s, bool pretrain, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(s.Out))
            throw new PsrException("--out DIR is required");
        if (!Enum.TryParse<ModelSize>(s.Size, ignoreCase: true, out var size))
            throw new PsrException($"--size '{s.Size}' must be Tiny or Small");
        if (!Enum.TryParse<ComputePrecision>(s.Precision, ignoreCase: true, out var precision) || !Enum.IsDefined(precision))
            throw new PsrException($"--precision '{s.Precision}' must be one of {string.Join(", ", Enum.GetNames<ComputePrecision>())}");
        if (pretrain && (s.Base is not null || s.Weak is not null))
            throw new PsrException("pretrain trains M0 from scratch on IFT only: --base and --weak belong to 'psr world sft'");
        var options = new WorldTrainingOptions
        {
            Preset = s.Preset, OutputDir = s.Out, BaseModel = s.Base, WeakModel = s.Weak, Size = size, Steps = s.Steps,
            BatchSize = s.Batch, LearningRate = s.LearningRate, WarmupSteps = Math.Min(s.Warmup, s.Steps), IftCount = s.Ift,
            EftCount = pretrain ? 0 : s.Eft, Seed = s.Seed, SnapshotEvery = s.SnapshotEvery, Precision = precision,
        };
        new WorldTrainer(options, line => Console.WriteLine(line)).RunAsync(ct).GetAwaiter().GetResult();
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Training.Sft;
using Psr.Pipeline.WorldModels;

namespace Psr.Studies.WorldTraining;

/// <summary>Synchronous progress sink: logs every 10 steps and writes a loadable snapshot every N steps.</summary>
internal sealed class TrainingLog(
    WorldTrainingOptions options, Qwen2ForCausalLM model, CharTokenizer tokenizer, Stopwatch clock, Action<string> log)
    : IProgress<TrainProgress>
{
    private double _lossSum;
    private int _lossCount;

    public void Report(TrainProgress p)
    {
        _lossSum += p.Loss;
        _lossCount++;
        if (p.Step % 10 == 0 || p.Step == p.TotalSteps)
        {
            log(string.Create(CultureInfo.InvariantCulture,
                $"step {p.Step}/{p.TotalSteps} loss {_lossSum / _lossCount:F4} lr {p.LearningRate:E2} {p.TokensPerSecond:F0} tok/s elapsed {clock.Elapsed.TotalSeconds:F0}s"));
            (_lossSum, _lossCount) = (0, 0);
        }
        if (options.SnapshotEvery > 0 && p.Step % options.SnapshotEvery == 0 && p.Step < p.TotalSteps)
            WorldModelFiles.Save(model, tokenizer, Path.Combine(options.OutputDir, "snapshots", $"step-{p.Step:D5}"));
    }
}

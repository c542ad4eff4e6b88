using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>Samples next tokens either from the call-wide generator or from per-row streams (per-request seeds).</summary>
internal sealed class RowSampler(SamplingOptions options, Generator generator, RowRandom[]? streams)
{
    /// <summary>Logits (B, V) → next ids; <paramref name="rows"/> maps batch row → sequence (stream) index.</summary>
    public long[] Sample(Tensor logits, int[] rows)
    {
        using var scope = NewDisposeScope();
        var ids = streams is null || options.Temperature == 0
            ? TokenSampler.Sample(logits, options.Temperature, options.TopP, generator)
            : TokenSampler.SampleWithUniforms(logits, options.Temperature, options.TopP,
                rows.Select(r => streams[r].NextDouble()).ToArray());
        return ids.cpu().data<long>().ToArray();
    }
}

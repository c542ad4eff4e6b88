using Psr.Model.Generation;
using Psr.Model.Qwen2;

namespace Psr.Pipeline.Lanes;

/// <summary>
/// How many lanes a stage's generation runs on (<see cref="OrderedLanes"/>, the search's lanes): a set count as it is;
/// 0 (auto) becomes TorchSharp's thread count when the model runs in-process on the CPU and is small (one lane per
/// core), else 1. Lanes were measured on the world's 0.87 M-parameter model, whose ops are too small to split across
/// cores; a model the size of Qwen2.5-0.5B splits its ops well and would hold a KV cache per lane, so it keeps one lane
/// unless set.
/// </summary>
public static class GenerationLanes
{
    /// <summary>The lane count for <paramref name="configured"/> lanes over <paramref name="model"/> (null: no in-process model); <paramref name="served"/>: some role of the stage is served.</summary>
    public static int Resolve(int configured, Qwen2ForCausalLM? model, bool served = false)
    {
        if (configured > 0)
            return configured;
        return !served && InProcessCpu(model) && IsSmall(model!) ? Math.Max(1, IntraOpThreads.Current) : 1;
    }

    /// <summary>
    /// The thread setting for <paramref name="lanes"/> lanes over an in-process CPU model (each lane's ops on its own
    /// thread, <see cref="LaneThreads"/>), or null: one lane, or a served role, whose awaits may move a lane onto pool
    /// threads. Open it before the lanes start and dispose it after.
    /// </summary>
    public static LaneThreads? Open(int lanes, Qwen2ForCausalLM? model, bool served = false) =>
        lanes > 1 && !served && InProcessCpu(model) ? LaneThreads.Open() : null;

    /// <summary>An MLP projection of at most 2^20 multiply-adds per row (the world's Tiny 128 × 384 and Small 256 × 768; Qwen2.5-0.5B has 896 × 4,864).</summary>
    public static bool IsSmall(Qwen2ForCausalLM model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (long)model.Config.HiddenSize * model.Config.IntermediateSize <= 1L << 20;
    }

    private static bool InProcessCpu(Qwen2ForCausalLM? model) => model is not null && model.Device.type == TorchSharp.DeviceType.CPU;
}

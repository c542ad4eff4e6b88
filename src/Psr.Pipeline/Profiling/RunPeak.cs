using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Model.Profiling;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Profiling;

/// <summary>
/// <c>peak.json</c> at a run's root: the float32 matmul peak measured when the run (or its resume) started, the
/// denominator of the profile's MFU. Measured again on every start, because a resume may run on another machine.
/// </summary>
/// <param name="Dtype">The matmul's element type.</param>
/// <param name="Size">n of the n×n×n products.</param>
/// <param name="PeakGflops">Best GFLOP/s measured.</param>
/// <param name="Threads">LibTorch intra-op threads at the time.</param>
/// <param name="MeasuredUtc">When.</param>
public sealed record RunPeak(string Dtype, int Size, double PeakGflops, int Threads, DateTimeOffset MeasuredUtc)
{
    /// <summary>The file at the run's root.</summary>
    public const string FileName = "peak.json";

    private const int MatmulSize = 1024;

    /// <summary>Measures the peak now (about a quarter of a second) and writes it to the run's root.</summary>
    public static RunPeak MeasureAndWrite(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var peak = new RunPeak("float32", MatmulSize, MatmulPeak.MeasureGflops(MatmulSize), TorchSharp.torch.get_num_threads(), DateTimeOffset.UtcNow);
        AtomicFile.WriteAllText(Path.Combine(run.Root, FileName), JsonSerializer.Serialize(peak, ArtifactJson.Indented) + "\n");
        return peak;
    }

    /// <summary>The run's recorded peak, or null when it has none (a run from before profiles existed).</summary>
    public static RunPeak? Read(string runRoot)
    {
        var path = Path.Combine(runRoot, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<RunPeak>(File.ReadAllText(path), ArtifactJson.Indented)
                ?? throw new PsrException($"{path}: empty peak record");
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: not a peak record ({e.Message.Split('\n')[0]})", e);
        }
    }
}

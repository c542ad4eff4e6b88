using System.Diagnostics;
using static TorchSharp.torch;

namespace Psr.Model.Profiling;

/// <summary>
/// A short timed square matmul on the CPU: the peak that a run's MFU figures are measured against. Best of the
/// repetitions that fit the time budget, so a busy moment on a shared machine counts less than in a mean.
/// </summary>
public static class MatmulPeak
{
    /// <summary>Best GFLOP/s (2·n³ per product) of <paramref name="n"/>×<paramref name="n"/> products in <paramref name="dtype"/>.</summary>
    public static double MeasureGflops(int n = 1024, double budgetSeconds = 0.25, ScalarType dtype = ScalarType.Float32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        using var scope = NewDisposeScope();
        using var generator = new Generator(1, CPU);
        var x = randn([n, n], dtype: ScalarType.Float32, generator: generator).to(dtype);
        var y = randn([n, n], dtype: ScalarType.Float32, generator: generator).to(dtype);
        using (x.mm(y)) { } // warm-up: thread pool and kernels
        var total = Stopwatch.StartNew();
        var best = 0.0;
        for (var rep = 0; rep < 3 || (total.Elapsed.TotalSeconds < budgetSeconds && rep < 100); rep++)
        {
            var watch = Stopwatch.StartNew();
            using (x.mm(y)) { }
            best = Math.Max(best, 2.0 * n * n * n / watch.Elapsed.TotalSeconds / 1e9);
        }
        return best;
    }
}

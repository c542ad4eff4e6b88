using Psr.Eval.Benchmarks;

namespace Psr.Eval.Tests;

/// <summary>Locates <c>../shared/benchmarks</c> from the test binaries (walking up from the base directory).</summary>
internal static class SharedBenchmarks
{
    public static string Directory =>
        BenchmarkDirectory.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("shared/benchmarks not found above " + AppContext.BaseDirectory);
}

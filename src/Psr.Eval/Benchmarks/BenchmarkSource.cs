using Psr.Core.Errors;

namespace Psr.Eval.Benchmarks;

/// <summary>Resolves what <c>--benchmark</c> names: a shipped benchmark, or a user JSONL file with named fields.</summary>
public static class BenchmarkSource
{
    /// <summary>
    /// Loads <paramref name="nameOrPath"/>: a path to an existing <c>.jsonl</c> file is read with
    /// <paramref name="fields"/>; anything else must be a shipped benchmark name, read from
    /// <paramref name="benchmarksDirectory"/> (or the <c>shared/benchmarks</c> found above the current directory).
    /// </summary>
    public static IReadOnlyList<BenchmarkItem> Load(string nameOrPath, string? benchmarksDirectory, JsonlFields fields)
    {
        if (nameOrPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return File.Exists(nameOrPath)
                ? JsonlBenchmarkLoader.Load(nameOrPath, fields)
                : throw new PsrException($"{nameOrPath}: file not found");
        var name = BenchmarkLoader.ParseName(nameOrPath);
        var directory = benchmarksDirectory ?? BenchmarkDirectory.Find()
            ?? throw new PsrException("shared/benchmarks not found above the current directory; pass --benchmarks-dir");
        if (!Directory.Exists(directory))
            throw new PsrException($"{directory}: benchmarks directory not found");
        return BenchmarkLoader.Load(name, directory);
    }
}

namespace Psr.Eval.Benchmarks;

/// <summary>Finds the shared <c>benchmarks</c> folder: <c>shared/benchmarks</c> beside the repository (or any ancestor).</summary>
public static class BenchmarkDirectory
{
    /// <summary>
    /// The first <c>shared/benchmarks</c> found walking up from each of <paramref name="startDirectories"/>
    /// (defaults: the current directory, then the application's base directory), or null.
    /// </summary>
    public static string? Find(params string[] startDirectories)
    {
        var starts = startDirectories.Length > 0 ? startDirectories : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "benchmarks");
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}

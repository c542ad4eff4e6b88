namespace Psr.Architecture.Tests;

/// <summary>Finds the repository root (the folder holding <c>psr.slnx</c>) above the test's output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Src => Path.Combine(Root, "src");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "psr.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"psr.slnx not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Source files under <paramref name="folder"/>, build outputs left out.</summary>
    public static IEnumerable<string> Sources(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
}

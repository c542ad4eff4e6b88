namespace Psr.Testing;

/// <summary>The repository checkout the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding psr.slnx above the test output.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "psr.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("psr.slnx not found above the test output");
    }
}

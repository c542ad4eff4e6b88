namespace Psr.Model.Tests.Tokenization;

/// <summary>Locates the read-only <c>shared/</c> folder that sits beside the repository root.</summary>
internal static class SharedFolder
{
    /// <summary>Walks up from the test binaries to the first folder with a <c>shared/benchmarks</c> child.</summary>
    public static string Path()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(shared, "benchmarks")))
                return shared;
        }
        throw new DirectoryNotFoundException("no shared/benchmarks folder above " + AppContext.BaseDirectory);
    }

    /// <summary>The Qwen3 tokenizer folder (<c>tokenizer.json</c> and <c>tokenizer_config.json</c>).</summary>
    public static string Qwen3Tokenizer() => System.IO.Path.Combine(Path(), "tokenizers", "qwen3");
}

namespace Psr.Serve.Hosting;

/// <summary>
/// Maps a requested model name to a checkpoint folder inside <see cref="ServeOptions.CheckpointsUnder"/>. A name with
/// a control character (NUL included), one that leaves the root (<c>..</c>, an absolute path elsewhere), or one whose
/// path passes through a symbolic link leading outside the root maps to nothing: the client gets a 404, never a 500.
/// </summary>
internal sealed class CheckpointNames(string root)
{
    private readonly string _root = Real(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));

    /// <summary>The folder <paramref name="name"/> points to when it is a checkpoint inside the root; else null.</summary>
    public string? FolderOf(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl) || name.Length > 4096)
            return null;
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(name, _root));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        if (!Inside(full))
            return null;
        try
        {
            return Walk(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) // a link loop, an unreadable folder
        {
            return null;
        }
    }

    private string? Walk(string full)
    {
        // Walk down from the root, following each link to its final target: every step must stay inside.
        var at = _root;
        foreach (var part in Path.GetRelativePath(_root, full).Split(Path.DirectorySeparatorChar))
        {
            at = Path.Combine(at, part);
            var info = new DirectoryInfo(at);
            if (!info.Exists)
                return null;
            if (info.LinkTarget is not null)
            {
                at = Path.TrimEndingDirectorySeparator(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "");
                if (!Inside(at))
                    return null;
            }
        }
        var config = new FileInfo(Path.Combine(at, "config.json"));
        if (!config.Exists)
            return null;
        return config.LinkTarget is null || Inside(config.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "") ? at : null;
    }

    private bool Inside(string path) => path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Real(string path) =>
        new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } target ? Path.TrimEndingDirectorySeparator(target) : path;
}

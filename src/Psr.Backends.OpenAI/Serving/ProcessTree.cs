using System.Globalization;
using System.Runtime.InteropServices;

namespace Psr.Backends.OpenAI.Serving;

/// <summary>
/// A process and its descendants, read from <c>/proc</c> once, so they can all be signalled even after the shell
/// that started them has exited. .NET can kill a tree (<c>Process.Kill(true)</c>, SIGKILL only) but not send it a
/// graceful SIGTERM, and <c>/bin/sh -c CMD</c> (dash) forks CMD instead of exec-ing it, so a signal to the shell
/// alone would orphan the server; hence this small Linux-only helper.
/// </summary>
internal sealed class ProcessTree
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    private ProcessTree(IReadOnlyList<int> ids) => Ids = ids;

    /// <summary>The root first, then its descendants.</summary>
    public IReadOnlyList<int> Ids { get; }

    /// <summary>The tree under <paramref name="root"/> now (the root alone where <c>/proc</c> is missing).</summary>
    public static ProcessTree Of(int root)
    {
        var parents = ParentsById();
        var ids = new List<int> { root };
        for (var i = 0; i < ids.Count; i++)
            ids.AddRange(parents.Where(p => p.Value == ids[i]).Select(p => p.Key));
        return new ProcessTree(ids);
    }

    /// <summary>Asks every process of the tree to stop (SIGTERM); false where signals are unavailable.</summary>
    public bool Terminate() => Signal(SigTerm);

    /// <summary>Kills every process of the tree that is still alive (SIGKILL).</summary>
    public void Kill() => Signal(SigKill);

    /// <summary>Whether any process of the tree is still alive (zombies count as gone).</summary>
    public bool AnyAlive() => Ids.Any(id => File.Exists($"/proc/{id}/stat") && !IsZombie(id));

    private bool Signal(int signal)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        foreach (var id in Ids)
            _ = SendSignal(id, signal); // -1 (ESRCH) when it already exited
        return true;
    }

    private static bool IsZombie(int id)
    {
        var stat = TryRead($"/proc/{id}/stat");
        return stat is null || StateAndParent(stat).State == 'Z';
    }

    private static Dictionary<int, int> ParentsById()
    {
        var parents = new Dictionary<int, int>();
        if (!Directory.Exists("/proc"))
            return parents;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                continue;
            if (TryRead(Path.Combine(dir, "stat")) is { } stat)
                parents[id] = StateAndParent(stat).Parent;
        }
        return parents;
    }

    /// <summary>State and parent id from <c>/proc/PID/stat</c>: "pid (comm) S ppid …"; comm may hold spaces and parentheses.</summary>
    private static (char State, int Parent) StateAndParent(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // the process exited between listing and reading
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int SendSignal(int pid, int signal);
}

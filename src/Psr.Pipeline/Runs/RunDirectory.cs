using System.Globalization;
using Psr.Core.Errors;
using Psr.Pipeline.Config;

namespace Psr.Pipeline.Runs;

/// <summary>
/// The layout of one run: <c>config.json</c> (the resolved configuration, written first) and
/// <c>stages/&lt;round&gt;-&lt;stage&gt;/</c> with <c>manifest.json</c>, artifacts and progress logs.
/// </summary>
public sealed class RunDirectory
{
    private RunDirectory(string root) => Root = Path.GetFullPath(root);

    /// <summary>The run's folder.</summary>
    public string Root { get; }

    /// <summary>The saved configuration.</summary>
    public string ConfigPath => Path.Combine(Root, "config.json");

    /// <summary>A stage's folder.</summary>
    public string StageDirectory(StageId id) => RunLayout.StageDirectory(Root, id);

    /// <summary>A stage's manifest.</summary>
    public string ManifestPath(StageId id) => Path.Combine(StageDirectory(id), "manifest.json");

    /// <summary>The absolute path of a run-relative path ('/' separators).</summary>
    public string Resolve(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Starts a run in <paramref name="root"/>: saves the configuration first. An existing folder is accepted only if it
    /// is empty or holds the same configuration (then this is a resume).
    /// </summary>
    public static RunDirectory Create(string root, RunConfig config)
    {
        var run = new RunDirectory(root);
        if (File.Exists(run.ConfigPath))
        {
            var saved = RunConfigFile.Load(run.ConfigPath);
            if (RunConfigFile.Hash(saved) != RunConfigFile.Hash(config))
                throw new PsrException($"{run.Root}: already holds a run with a different configuration (resume it with --resume, or choose a new --out)");
            return run;
        }
        if (Directory.Exists(run.Root) && Directory.EnumerateFileSystemEntries(run.Root).Any(e => Path.GetFileName(e) != RunLock.FileName))
            throw new PsrException($"{run.Root}: folder is not empty and holds no config.json");
        RunConfigFile.Save(config, run.ConfigPath);
        return run;
    }

    /// <summary>Opens an existing run to resume it, with its saved configuration.</summary>
    public static (RunDirectory Run, RunConfig Config) Open(string root)
    {
        var run = new RunDirectory(root);
        if (!File.Exists(run.ConfigPath))
            throw new PsrException($"{run.Root}: not a run directory (no config.json)");
        return (run, RunConfigFile.Load(run.ConfigPath));
    }

    /// <summary>A new folder name under <paramref name="runsRoot"/> for a run started at <paramref name="now"/>.</summary>
    public static string NewPath(string runsRoot, DateTimeOffset now, string preset)
    {
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(runsRoot, $"{stamp}-{preset}");
        for (var i = 2; Directory.Exists(path); i++)
            path = Path.Combine(runsRoot, $"{stamp}-{preset}-{i}");
        return path;
    }
}

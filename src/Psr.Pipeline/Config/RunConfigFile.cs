using System.Text;
using System.Text.Json;
using Psr.Core.IO;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Config;

/// <summary>The resolved configuration as saved in the run directory: canonical JSON and its SHA-256.</summary>
public static class RunConfigFile
{
    /// <summary>Canonical JSON: every member, declaration order, camelCase, enums by name, indented, final newline.</summary>
    public static string Canonical(RunConfig config) => JsonSerializer.Serialize(config, ArtifactJson.Indented) + "\n";

    /// <summary>SHA-256 (hex) of the canonical JSON: the hash recorded in manifests.</summary>
    public static string Hash(RunConfig config) => ArtifactJson.Sha256(Encoding.UTF8.GetBytes(Canonical(config)));

    /// <summary>Writes the canonical JSON atomically and returns its hash.</summary>
    public static string Save(RunConfig config, string path)
    {
        AtomicFile.WriteAllText(path, Canonical(config));
        return Hash(config);
    }

    /// <summary>Loads a saved configuration (validated like any other).</summary>
    public static RunConfig Load(string path) => RunConfigLoader.Load(configPath: path);
}

using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Pipeline.Tests.Config;

/// <summary>The stage folders and configuration hashes a run of a configuration would have: equal hashes mean a measured run's artifacts resume under it.</summary>
internal static class PresetStageHashes
{
    public static List<(string Folder, string Hash)> Of(RunConfig config)
    {
        using var dir = new TempDir();
        return new SelfRewardingLoop(config, RunDirectory.Create(dir.Path, config)).Stages().Select(s => (s.Id.Folder, s.ConfigHash)).ToList();
    }
}

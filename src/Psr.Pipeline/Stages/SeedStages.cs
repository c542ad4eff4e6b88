using Psr.Pipeline.Config;
using Psr.Pipeline.Roles;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The seam where the seed-data stages are chosen by <c>data.source</c>: the world's IFT and EFT, or a benchmark's IFT
/// (<see cref="BenchmarkIftStage"/>) and, for now, a ready EFT file (<see cref="ReadyEftStage"/>). A real-data EFT
/// stage (tree search, PRM, strong judge) plugs in here with the same stage id and artifacts.
/// </summary>
public static class SeedStages
{
    /// <summary>The IFT and EFT stages of <paramref name="config"/>.</summary>
    public static IReadOnlyList<IStage> Of(RunConfig config, IRemoteRoles? remote)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Data.Source == DataSource.Benchmark
            ? [new BenchmarkIftStage(config, remote), new ReadyEftStage(config)]
            : [new IftStage(config), new EftStage(config)];
    }
}

using Psr.Pipeline.Config;
using Psr.Pipeline.RealEft;
using Psr.Roles;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The seam where the seed-data stages are chosen by <c>data.source</c>: the world's IFT and EFT, or a benchmark's IFT
/// (<see cref="BenchmarkIftStage"/>) and, for now, a ready EFT file (<see cref="ReadyEftStage"/>). With <c>eft.enabled</c> the
/// real-data EFT stage (<see cref="RealEftStage"/>: tree search, PRM, strong judge) replaces either EFT stage.
/// </summary>
public static class SeedStages
{
    /// <summary>The IFT and EFT stages of <paramref name="config"/>.</summary>
    public static IReadOnlyList<IStage> Of(RunConfig config, IRemoteRoles? remote, IProgress<StageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var benchmark = config.Data.Source == DataSource.Benchmark;
        IStage ift = benchmark ? new BenchmarkIftStage(config, remote) : new IftStage(config);
        IStage eft = config.Eft.Enabled ? new RealEftStage(config, remote as IEftRoles, progress)
            : benchmark ? new ReadyEftStage(config) : new EftStage(config);
        return [ift, eft];
    }
}

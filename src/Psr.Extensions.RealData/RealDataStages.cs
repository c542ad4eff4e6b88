using Psr.Extensions.External.Training;
using Psr.Extensions.RealData.RealEft;
using Psr.Extensions.RealData.Stages;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles;

namespace Psr.Extensions.RealData;

/// <summary>
/// The real-data stages in the loop's plan: a benchmark run's IFT (step segmentation), EFT (a ready file) and Init (the
/// external trainer), and the real-data EFT stage (<c>eft.enabled</c>) on either source.
/// </summary>
public sealed class RealDataStages : IStagePlanExtension
{
    /// <inheritdoc />
    public IStage? Ift(StagePlanContext plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return IsBenchmark(plan) ? new BenchmarkIftStage(plan.Config, plan.Remote) : null;
    }

    /// <inheritdoc />
    public IStage? Eft(StagePlanContext plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Config.Eft.Enabled ? new RealEftStage(plan.Config, plan.Remote as IEftRoles, plan.Progress)
            : IsBenchmark(plan) ? new ReadyEftStage(plan.Config) : null;
    }

    /// <inheritdoc />
    public PlannedModel? Init(StagePlanContext plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        // under InitStage's id, M1's files listed as the external trainer lists them
        return IsBenchmark(plan)
            ? new PlannedModel(new BenchmarkInitStage(plan.Config, plan.Progress), ExternalInitStage.ModelArtifacts)
            : null;
    }

    private static bool IsBenchmark(StagePlanContext plan) => plan.Config.Data.Source == DataSource.Benchmark;
}

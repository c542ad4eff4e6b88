using Psr.Extensions.External;
using Psr.Extensions.RealData;
using Psr.Pipeline.Stages;
using Psr.Studies;

namespace Psr.Cli.Commands;

/// <summary>
/// The extension projects psr run plugs into the loop (the composition root: the loop references none of them), in the
/// order <see cref="StagePlan"/> asks them: a benchmark run's Init comes before the external SFT command's.
/// </summary>
internal static class LoopExtensions
{
    public static IReadOnlyList<IStagePlanExtension> All { get; } = [new RealDataStages(), new ExternalStages(), new StudyStages()];
}

using Psr.Pipeline.Config;
using Psr.Roles;

namespace Psr.Pipeline.Stages;

/// <summary>What a stage of the plan is built from.</summary>
/// <param name="Config">The run's configuration.</param>
/// <param name="Remote">The HTTP roles of a run whose roles are served (<c>backends.*</c>), else null.</param>
/// <param name="Progress">Where long stages report progress, or null.</param>
public sealed record StagePlanContext(RunConfig Config, IRemoteRoles? Remote, IProgress<StageProgress>? Progress);

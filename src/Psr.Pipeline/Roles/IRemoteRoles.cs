using Psr.Pipeline.Config;

namespace Psr.Pipeline.Roles;

/// <summary>
/// Builds the roles that <see cref="BackendsConfig"/> puts on an OpenAI-compatible endpoint (and starts the stage's
/// model server when <see cref="BackendsConfig.Server"/> says so). Implemented above the pipeline
/// (<c>Psr.Backends.OpenAI</c>), so the pipeline never knows HTTP.
/// </summary>
public interface IRemoteRoles
{
    /// <summary>
    /// The served roles of <paramref name="config"/> for a stage using <paramref name="model"/>; a started server's
    /// output goes to <paramref name="serverLog"/>.
    /// </summary>
    Task<IRemoteRoleSet> OpenAsync(RunConfig config, RoleModel model, string serverLog, CancellationToken cancellationToken);

    /// <summary>The served segmenter of <paramref name="config"/> (<c>backends.segmenter</c>, which must be served).</summary>
    IRemoteSegmenter OpenSegmenter(RunConfig config);
}

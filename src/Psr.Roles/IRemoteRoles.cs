using Psr.Roles.Backends;

namespace Psr.Roles;

/// <summary>
/// Builds the roles that <see cref="BackendsConfig"/> puts on an OpenAI-compatible endpoint (and starts the stage's
/// model server when <see cref="BackendsConfig.Server"/> says so). Implemented above the pipeline
/// (<c>Psr.Backends.OpenAI</c>), so the pipeline never knows HTTP.
/// </summary>
public interface IRemoteRoles
{
    /// <summary>
    /// The served roles of <paramref name="backends"/> for a stage using <paramref name="model"/>, prompted and sampled
    /// as <paramref name="options"/> say; a started server's output goes to <paramref name="serverLog"/>.
    /// </summary>
    Task<IRemoteRoleSet> OpenAsync(BackendsConfig backends, ServedRoleOptions options, RoleModel model, string serverLog,
        CancellationToken cancellationToken);

    /// <summary>The served segmenter of <paramref name="backends"/> (<c>backends.segmenter</c>, which must be served).</summary>
    IRemoteSegmenter OpenSegmenter(BackendsConfig backends);
}

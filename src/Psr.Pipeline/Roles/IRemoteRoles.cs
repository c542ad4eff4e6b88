using Psr.Pipeline.Config;

namespace Psr.Pipeline.Roles;

/// <summary>
/// Builds the roles that <see cref="BackendsConfig"/> puts on an OpenAI-compatible endpoint. Implemented above the
/// pipeline (<c>Psr.Backends.OpenAI</c>), so the pipeline never knows HTTP.
/// </summary>
public interface IRemoteRoles
{
    /// <summary>The served roles of <paramref name="config"/> for a stage using <paramref name="model"/>.</summary>
    IRemoteRoleSet Open(RunConfig config, RoleModel model);

    /// <summary>The served segmenter of <paramref name="config"/> (<c>backends.segmenter</c>, which must be served).</summary>
    IRemoteSegmenter OpenSegmenter(RunConfig config);
}

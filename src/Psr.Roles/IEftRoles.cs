using Psr.Roles.Backends;

namespace Psr.Roles;

/// <summary>
/// Builds the served roles of real-data EFT from <see cref="BackendsConfig"/>: the policy (<c>backends.policy</c>,
/// prompted as <see cref="EftRoleOptions.PolicyPrompt"/>), the strong judge (<c>backends.annotator</c>, Figure 5) and the
/// PRM (<c>backends.prm</c>). Implemented above the pipeline (<c>Psr.Backends.OpenAI</c>), which never knows HTTP.
/// </summary>
public interface IEftRoles
{
    /// <summary>The served EFT roles of <paramref name="backends"/>, the policy serving <paramref name="baseModel"/>.</summary>
    IEftRoleSet OpenEft(BackendsConfig backends, EftRoleOptions options, RoleModel baseModel);
}

using Psr.Pipeline.Config;
using Psr.Pipeline.Roles;

namespace Psr.Pipeline.RealEft;

/// <summary>
/// Builds the served roles of real-data EFT from <see cref="RunConfig.Backends"/>: the policy (<c>backends.policy</c>,
/// prompted as <see cref="RealEftConfig.PromptStyle"/>), the strong judge (<c>backends.annotator</c>, Figure 5) and the
/// PRM (<c>backends.prm</c>). Implemented above the pipeline (<c>Psr.Backends.OpenAI</c>), which never knows HTTP.
/// </summary>
public interface IEftRoles
{
    /// <summary>The served EFT roles of <paramref name="config"/>, the policy serving <paramref name="baseModel"/>.</summary>
    IEftRoleSet OpenEft(RunConfig config, RoleModel baseModel);
}

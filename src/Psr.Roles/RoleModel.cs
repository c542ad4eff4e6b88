namespace Psr.Roles;

/// <summary>The model a stage's roles use.</summary>
/// <param name="Name">Its name in the run (M1, M2, …).</param>
/// <param name="Directory">Its checkpoint folder (absolute).</param>
public sealed record RoleModel(string Name, string Directory);

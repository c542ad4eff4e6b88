namespace Psr.Roles;

/// <summary>The served roles of one stage; a role left in-process is null. Disposing closes the connections and stops a started server.</summary>
public interface IRemoteRoleSet : IAsyncDisposable
{
    /// <summary>The served policy, or null.</summary>
    IStepPolicy? Policy { get; }

    /// <summary>The served judge, or null.</summary>
    IStepJudge? Judge { get; }

    /// <summary>The served greedy solver (the policy's endpoint), or null.</summary>
    IGreedySolver? Solver { get; }

    /// <summary>Traffic counts for the stage manifest (requests, retries, truncations, skips per role).</summary>
    IReadOnlyDictionary<string, long> Counts();
}

namespace Psr.Roles;

/// <summary>The served roles of real-data EFT; a role not served is null. Disposing closes the connections.</summary>
public interface IEftRoleSet : IDisposable
{
    /// <summary>The served policy, or null (then the base checkpoint runs in-process).</summary>
    IStepPolicy? Policy { get; }

    /// <summary>The served strong judge, or null.</summary>
    IStepJudge? Annotator { get; }

    /// <summary>The served PRM, or null.</summary>
    IStepScorer? Prm { get; }

    /// <summary>Traffic counts for the stage manifest (requests, retries, truncations, skips per role).</summary>
    IReadOnlyDictionary<string, long> Counts();
}

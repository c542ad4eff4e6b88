namespace Psr.Pipeline.Roles;

/// <summary>What a derived seed drives; part of the derivation so that streams never collide.</summary>
public enum SeedPurpose
{
    /// <summary>Sampling the candidates of one search expansion (in the pair-collecting search).</summary>
    SearchPolicy,

    /// <summary>One judge comparison of one search expansion.</summary>
    SearchJudge,

    /// <summary>Sampling in the test-time-scaling search.</summary>
    TestTimePolicy,

    /// <summary>One judge comparison in the test-time-scaling search.</summary>
    TestTimeJudge,

    /// <summary>Sampling the whole solutions of one question in the outcome baseline.</summary>
    OutcomePolicy,

    /// <summary>The judge samples scoring one whole solution in the outcome baseline.</summary>
    OutcomeJudge,
}

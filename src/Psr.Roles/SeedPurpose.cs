namespace Psr.Roles;

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

    /// <summary>Sampling the sibling steps of one node of the real-data EFT tree.</summary>
    EftSiblings,

    /// <summary>One Monte-Carlo rollout that scores a sibling step (real-data EFT).</summary>
    EftRollout,

    /// <summary>One annotator comparison of a real-data EFT pair.</summary>
    EftAnnotator,

    /// <summary>The train/test split of real-data EFT problems.</summary>
    EftSplit,
}

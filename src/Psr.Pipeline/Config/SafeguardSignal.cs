namespace Psr.Pipeline.Config;

/// <summary>The held-out signal the optional safeguard watches.</summary>
public enum SafeguardSignal
{
    /// <summary>Judge agreement with gold on a small labelled dev set.</summary>
    JudgeDevAgreement,

    /// <summary>Greedy accuracy on a small dev split.</summary>
    DevAccuracy,
}

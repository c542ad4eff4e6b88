namespace Psr.Studies.Safeguard;

/// <summary>What the safeguard decided about a round.</summary>
public enum SafeguardDecision
{
    /// <summary>The signal did not drop by more than the limit: the round's model continues.</summary>
    Accepted,

    /// <summary>It dropped; the round's model is discarded and the next round starts from the round's starting model.</summary>
    Rejected,

    /// <summary>It dropped; the run stops after this round's evaluation.</summary>
    Stopped,
}

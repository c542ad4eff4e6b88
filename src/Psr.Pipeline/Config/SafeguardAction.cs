namespace Psr.Pipeline.Config;

/// <summary>What the safeguard does when the signal drops.</summary>
public enum SafeguardAction
{
    /// <summary>Stop the run after the round (later rounds are skipped).</summary>
    StopRun,

    /// <summary>Discard the round's model and continue from the previous one.</summary>
    RejectRound,
}

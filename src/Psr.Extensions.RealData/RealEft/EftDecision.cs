namespace Psr.Extensions.RealData.RealEft;

/// <summary>What the annotator's two verdicts (best shown first, then worst shown first) make of a candidate pair.</summary>
public enum EftDecision
{
    /// <summary>Both orders pick the PRM's best step: kept.</summary>
    Kept,

    /// <summary>The two orders pick different steps (position bias): dropped.</summary>
    Inconsistent,

    /// <summary>Both orders pick the PRM's worst step: dropped.</summary>
    DisagreesWithPrm,

    /// <summary>A verdict is a tie or "both wrong" (formats that allow it): dropped.</summary>
    NoPreference,

    /// <summary>A verdict could not be read: dropped (and counted).</summary>
    Unparsed,
}

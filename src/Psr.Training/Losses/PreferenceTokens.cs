namespace Psr.Training.Losses;

/// <summary>Which completion tokens a preference loss sums over (the NLL term and the log-prob curves always use all of them).</summary>
public enum PreferenceTokens
{
    /// <summary>Every completion token of both sides (standard DPO).</summary>
    Whole,

    /// <summary>
    /// Only the tokens up to and including the first one where chosen and rejected differ. The shared tokens before it
    /// cancel in the log-ratio anyway; the rejected tokens after it continue an already-wrong text, so pushing them down
    /// teaches "this digit is unlikely after that one" in contexts the model will meet again in right solutions.
    /// </summary>
    ToFirstDifference,
}

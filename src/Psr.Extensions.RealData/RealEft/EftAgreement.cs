using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>The paper's filter (§3.2): keep a pair only when both orders agree with each other and with the PRM.</summary>
public static class EftAgreement
{
    /// <summary>
    /// Decides from the verdict with the PRM's best step shown as A (<paramref name="bestFirst"/>) and the verdict with
    /// it shown as B (<paramref name="worstFirst"/>).
    /// </summary>
    public static EftDecision Decide(JudgeVerdict bestFirst, JudgeVerdict worstFirst)
    {
        if (bestFirst == JudgeVerdict.Unparsed || worstFirst == JudgeVerdict.Unparsed)
            return EftDecision.Unparsed;
        if (!IsChoice(bestFirst) || !IsChoice(worstFirst))
            return EftDecision.NoPreference;
        return (bestFirst, worstFirst) switch
        {
            (JudgeVerdict.A, JudgeVerdict.B) => EftDecision.Kept,
            (JudgeVerdict.B, JudgeVerdict.A) => EftDecision.DisagreesWithPrm,
            _ => EftDecision.Inconsistent,
        };
    }

    private static bool IsChoice(JudgeVerdict v) => v is JudgeVerdict.A or JudgeVerdict.B;
}

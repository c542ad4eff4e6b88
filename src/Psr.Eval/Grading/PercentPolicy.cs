namespace Psr.Eval.Grading;

/// <summary>How a percentage relates to a plain number.</summary>
public enum PercentPolicy
{
    /// <summary><c>50\%</c> equals <c>50</c> (the sign is a unit); <c>0.5</c> does not (PRM800K behaviour).</summary>
    SameNumber,
    /// <summary>Also accept the value scaled by 100 either way: <c>0.5</c> equals <c>50</c> (Qwen2.5-Math behaviour).</summary>
    AcceptScaledBy100,
}

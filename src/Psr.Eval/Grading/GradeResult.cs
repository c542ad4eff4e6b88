namespace Psr.Eval.Grading;

/// <summary>A verdict: whether the prediction denotes the reference's value, and which rule decided it.</summary>
/// <param name="Equal">True when the two answers denote the same mathematical value or object.</param>
/// <param name="Reason">The deciding rule.</param>
public sealed record GradeResult(bool Equal, GradeReason Reason)
{
    /// <summary>The stable machine-readable why code (e.g. <c>numeric</c>, <c>timeout</c>).</summary>
    public string Why => Reason.ToWire();

    internal static GradeResult Yes(GradeReason reason) => new(true, reason);

    internal static GradeResult No(GradeReason reason) => new(false, reason);
}

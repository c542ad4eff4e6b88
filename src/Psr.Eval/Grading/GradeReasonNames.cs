namespace Psr.Eval.Grading;

/// <summary>The stable machine-readable strings ("why" codes) of <see cref="GradeReason"/>.</summary>
public static class GradeReasonNames
{
    /// <summary>Every why code, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<GradeReason>().Select(ToWire).ToArray();

    /// <summary>The kebab-case wire name of <paramref name="reason"/>.</summary>
    public static string ToWire(this GradeReason reason) => reason switch
    {
        GradeReason.Exact => "exact",
        GradeReason.Normalized => "normalized",
        GradeReason.Numeric => "numeric",
        GradeReason.Symbolic => "symbolic",
        GradeReason.Equation => "equation",
        GradeReason.Tuple => "tuple",
        GradeReason.Matrix => "matrix",
        GradeReason.Set => "set",
        GradeReason.Text => "text",
        GradeReason.Mismatch => "mismatch",
        GradeReason.Unparsed => "unparsed",
        GradeReason.NoAnswer => "no-answer",
        GradeReason.NoReference => "no-reference",
        GradeReason.Timeout => "timeout",
        GradeReason.TooLarge => "too-large",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}

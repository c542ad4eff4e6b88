namespace Psr.Eval.Grading;

/// <summary>
/// Decides whether a predicted answer denotes the same mathematical value or object as a reference answer
/// (grader-notes §6), with a why code naming the deciding rule. Both sides are raw strings in any benchmark's form
/// (<c>$\frac{9}{4}$</c>, <c>27.0</c>, <c>10,\!080</c>, <c>x \in [-2,7]</c>). Thread-safe; no input makes it throw,
/// hang or allocate without bound: each comparison has a time budget and size caps (why <c>timeout</c>,
/// <c>too-large</c>).
/// </summary>
public sealed class AnswerGrader
{
    private readonly GradeOptions _options;
    private readonly bool _integerFastPath;

    /// <summary>A grader with validated <paramref name="options"/> (defaults when null).</summary>
    public AnswerGrader(GradeOptions? options = null)
    {
        _options = (options ?? GradeOptions.Default).Validate();
        // Leniency policies can make different integers equal, so the digit comparison applies only without them.
        _integerFastPath = _options is { Percent: PercentPolicy.SameNumber, RelativeTolerance: 0, AbsoluteTolerance: 0 };
    }

    /// <summary>The options this grader applies.</summary>
    public GradeOptions Options => _options;

    /// <summary>Grades once with <paramref name="options"/>; build one <see cref="AnswerGrader"/> to grade many pairs.</summary>
    public static GradeResult Grade(string? prediction, string? reference, GradeOptions options) =>
        new AnswerGrader(options).Grade(prediction, reference);

    /// <summary>Grades <paramref name="prediction"/> against <paramref name="reference"/>.</summary>
    public GradeResult Grade(string? prediction, string? reference)
    {
        if (string.IsNullOrWhiteSpace(prediction))
            return GradeResult.No(GradeReason.NoAnswer);
        if (string.IsNullOrWhiteSpace(reference))
            return GradeResult.No(GradeReason.NoReference);
        if (string.Equals(prediction, reference, StringComparison.Ordinal))
            return GradeResult.Yes(GradeReason.Exact);
        if (prediction.Length > _options.MaxInputLength || reference.Length > _options.MaxInputLength)
            return GradeResult.No(GradeReason.TooLarge);
        if (_integerFastPath && PlainIntegers.TryCompare(prediction, reference) is { } integersEqual)
            return integersEqual ? GradeResult.Yes(GradeReason.Numeric) : GradeResult.No(GradeReason.Mismatch);
        if (Brackets.MaxDepth(prediction) > _options.MaxNestingDepth || Brackets.MaxDepth(reference) > _options.MaxNestingDepth)
            return GradeResult.No(GradeReason.TooLarge);
        return GradeStructured(prediction, reference, Deadline.After(_options.TimeBudget));
    }

    private GradeResult GradeStructured(string prediction, string reference, Deadline deadline)
    {
        try
        {
            var p = AnswerNormalizer.Normalize(prediction);
            var r = AnswerNormalizer.Normalize(reference);
            if (p.Length == 0)
                return GradeResult.No(GradeReason.NoAnswer);
            if (r.Length == 0)
                return GradeResult.No(GradeReason.NoReference);
            if (AnswerNormalizer.Key(p) == AnswerNormalizer.Key(r))
                return new ScalarComparer(_options, deadline).Compare(p, r);
            var comparer = new ShapeComparer(_options, deadline);
            return comparer.Compare(AnswerShapeParser.Parse(p, deadline), AnswerShapeParser.Parse(r, deadline));
        }
        catch (GradingLimitException e)
        {
            return GradeResult.No(e.Reason);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return GradeResult.No(GradeReason.Timeout);
        }
    }
}

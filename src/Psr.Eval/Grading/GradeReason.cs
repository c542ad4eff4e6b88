namespace Psr.Eval.Grading;

/// <summary>
/// Which rule decided a verdict. Written to JSON as the stable kebab-case string of <see cref="GradeReasonNames"/>
/// (e.g. <c>numeric</c>); docs/grading.md lists them.
/// </summary>
public enum GradeReason
{
    /// <summary><c>exact</c>: the raw strings are identical.</summary>
    Exact,
    /// <summary><c>normalized</c>: identical after LaTeX/format normalisation.</summary>
    Normalized,
    /// <summary><c>numeric</c>: both are constant numbers, compared with exact rational arithmetic.</summary>
    Numeric,
    /// <summary><c>symbolic</c>: expressions (or irrational constants) compared by evaluation at sample points.</summary>
    Symbolic,
    /// <summary><c>equation</c>: both are equations with the same solution set (see <see cref="EquationPolicy"/>).</summary>
    Equation,
    /// <summary><c>tuple</c>: ordered pairs, vectors or intervals compared element-wise with the same brackets.</summary>
    Tuple,
    /// <summary><c>matrix</c>: matrices compared cell-wise.</summary>
    Matrix,
    /// <summary><c>set</c>: unordered lists, sets, <c>\pm</c> expansions or unions compared as multisets.</summary>
    Set,
    /// <summary><c>text</c>: word or choice-letter answers compared case-insensitively.</summary>
    Text,
    /// <summary><c>mismatch</c>: both sides were understood and differ.</summary>
    Mismatch,
    /// <summary><c>unparsed</c>: a side could not be read as a value and the texts differ.</summary>
    Unparsed,
    /// <summary><c>no-answer</c>: the prediction is missing or empty.</summary>
    NoAnswer,
    /// <summary><c>no-reference</c>: the reference is missing or empty (a data problem, counted).</summary>
    NoReference,
    /// <summary><c>timeout</c>: the comparison exceeded <see cref="GradeOptions.TimeBudget"/>.</summary>
    Timeout,
    /// <summary><c>too-large</c>: an input exceeded a size, nesting or exponent cap of <see cref="GradeOptions"/>.</summary>
    TooLarge,
}

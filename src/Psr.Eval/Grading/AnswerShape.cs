namespace Psr.Eval.Grading;

/// <summary>The outer structure of a normalised answer: a scalar, or a container of answers.</summary>
internal abstract record AnswerShape;

/// <summary>One value: a number, expression, equation or text.</summary>
internal sealed record ScalarShape(string Text) : AnswerShape;

/// <summary>An ordered pair, vector or interval: element order and bracket characters matter.</summary>
internal sealed record OrderedShape(char Open, char Close, IReadOnlyList<AnswerShape> Items) : AnswerShape;

/// <summary>A list, set, union or <c>\pm</c> expansion: element order does not matter.</summary>
internal sealed record UnorderedShape(UnorderedKind Kind, IReadOnlyList<AnswerShape> Items) : AnswerShape;

/// <summary>A matrix, row-major.</summary>
internal sealed record MatrixShape(IReadOnlyList<IReadOnlyList<AnswerShape>> Rows) : AnswerShape;

/// <summary>What made an answer unordered; a set-like kind never equals an interval union.</summary>
internal enum UnorderedKind
{
    /// <summary>Comma/"or"/"and" separated values, a braced set, or a <c>\pm</c> expansion.</summary>
    Collection,
    /// <summary>Intervals joined by <c>\cup</c>.</summary>
    Union,
}

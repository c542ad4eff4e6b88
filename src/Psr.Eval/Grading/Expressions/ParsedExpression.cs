namespace Psr.Eval.Grading.Expressions;

/// <summary>A parsed expression with the facts the comparer needs about it.</summary>
/// <param name="Root">The tree.</param>
/// <param name="Variables">Names of the free variables.</param>
/// <param name="HasDecimal">A numeral was written with a decimal point.</param>
/// <param name="HasImaginaryUnit">The imaginary unit <c>i</c> occurs (complex values are then legitimate).</param>
internal sealed record ParsedExpression(Expr Root, IReadOnlySet<string> Variables, bool HasDecimal, bool HasImaginaryUnit);

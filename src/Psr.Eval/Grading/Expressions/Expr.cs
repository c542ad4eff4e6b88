using Fractions;

namespace Psr.Eval.Grading.Expressions;

/// <summary>A parsed math expression: the tree the evaluators walk.</summary>
internal abstract record Expr;

/// <summary>A numeral; <paramref name="IsDecimal"/> marks a written decimal point (a possibly rounded value).</summary>
internal sealed record NumberExpr(Fraction Value, bool IsDecimal) : Expr;

/// <summary>A free variable such as <c>x</c>, <c>a_1</c> or <c>\theta</c>.</summary>
internal sealed record VariableExpr(string Name) : Expr;

/// <summary>A named constant: π, e, the imaginary unit, or ∞.</summary>
internal sealed record ConstantExpr(MathConstant Constant) : Expr;

/// <summary>Negation.</summary>
internal sealed record NegateExpr(Expr Operand) : Expr;

/// <summary>A binary arithmetic operation.</summary>
internal sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right) : Expr;

/// <summary>A function application; <paramref name="Extra"/> is a root index, a log base or binomial's k.</summary>
internal sealed record FunctionExpr(MathFunction Function, Expr Argument, Expr? Extra = null) : Expr;

/// <summary>The constants the parser knows.</summary>
internal enum MathConstant { Pi, E, ImaginaryUnit, Infinity }

/// <summary>Binary operators.</summary>
internal enum BinaryOperator { Add, Subtract, Multiply, Divide, Power }

/// <summary>Functions the parser knows (trigonometric, logarithms, roots, rounding, combinatorics).</summary>
internal enum MathFunction
{
    Sqrt, Root, Abs, Floor, Ceiling, Factorial, Binomial,
    Sin, Cos, Tan, Sec, Csc, Cot, Arcsin, Arccos, Arctan, Sinh, Cosh, Tanh,
    Ln, Log, Exp,
}

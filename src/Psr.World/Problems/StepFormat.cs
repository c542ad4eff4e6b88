using System.Globalization;
using Psr.Roles;

namespace Psr.World.Problems;

/// <summary>
/// The text of solution lines: <c>Step 2: 11*6=66</c> for an operation and <c>The answer is \boxed{73}</c> for the
/// final answer (kept short for a character-level model; the box is the paper's and the evaluator's answer marker).
/// </summary>
public static class StepFormat
{
    /// <summary>Prefix of every operation step, followed by its 1-based number and <c>": "</c>.</summary>
    public const string StepPrefix = "Step ";

    /// <summary>The final line up to the boxed number.</summary>
    public const string AnswerPrefix = "The answer is \\boxed{";

    /// <summary><c>Step n: a op b=c</c>.</summary>
    public static string Operation(int number, long a, Operation op, long b, long c) =>
        string.Create(CultureInfo.InvariantCulture, $"{StepPrefix}{number}: {Body(a, op, b, c)}");

    /// <summary><c>a op b=c</c> without the step header.</summary>
    public static string Body(long a, Operation op, long b, long c) =>
        string.Create(CultureInfo.InvariantCulture, $"{a}{OperationMath.Symbol(op)}{b}={c}");

    /// <summary><c>The answer is \boxed{n}</c>.</summary>
    public static string Answer(long n) => string.Create(CultureInfo.InvariantCulture, $"{AnswerPrefix}{n}}}");

    /// <summary>The question text of an expression: <c>(8+3)*6+7=?</c>.</summary>
    public static string Question(Expression e) => e.Text + "=?";
}

using System.Globalization;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Judging;

/// <summary>
/// The text of the <c>Own:</c> prompt line of <see cref="JudgeCheck.OwnStep"/>: the operation of the next step
/// (<c>9*4</c>), <c>answer</c> when the next line is the answer, <c>none</c> after it, <c>?</c> for a line that is
/// neither.
/// </summary>
public static class OwnStep
{
    /// <summary>The text for a line that is not an operation or answer step.</summary>
    public const string Unknown = "?";

    /// <summary>The text for the first line of a step the model wrote (its operation; the result is not shown).</summary>
    public static string FromStep(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var end = step.IndexOf('\n', StringComparison.Ordinal);
        var line = StepLineParser.Parse((end < 0 ? step : step[..end]).AsSpan().Trim());
        return line.Kind switch
        {
            LineKind.Answer => "answer",
            LineKind.Bad => Unknown,
            _ => OperationText(line.A, line.Op, line.B),
        };
    }

    /// <summary>The text for the gold next line at <paramref name="position"/>: the leftmost ready operation, as a step writes it.</summary>
    public static string Gold(WorldPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return position.Answered ? "none" : FromStep(position.GoldNextStep);
    }

    internal static string OperationText(long a, Operation op, long b) =>
        string.Create(CultureInfo.InvariantCulture, $"{a}{OperationMath.Symbol(op)}{b}");
}

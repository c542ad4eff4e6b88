using System.Diagnostics.CodeAnalysis;
using System.Text;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Judging;

/// <summary>
/// Writes the target explanation and verdict of the judge for (question, previous steps, A, B), using the oracle's
/// knowledge of the position:
/// <code>
/// A: 47*6: 7*6=42,4*6+4=28;282 vs 282: 2=2 8=8 2=2 right
/// B: 48*6: 8*6=48,4*6+4=28;288 vs 282: 8!2 wrong
/// [[A]]
/// </code>
/// With <see cref="JudgeCheck.StateFirst"/> a state line comes first: <c>Now: 282/6+2; ready: 282/6</c>; with
/// <see cref="JudgeCheck.Matched"/> each operation is first compared with the ready one it should be (written after
/// it, or before it with <see cref="JudgeCheck.ReadyFirst"/>).
/// </summary>
public static class JudgeExplanationWriter
{
    /// <summary>
    /// Writes the target; false when <paramref name="previousSteps"/> are not all correct (the oracle cannot say
    /// what a perfect judge would check from a wrong position).
    /// </summary>
    public static bool TryWrite(Expression expression, IReadOnlyList<string> previousSteps, string candidateA,
        string candidateB, [NotNullWhen(true)] out JudgeTarget? target, CheckStyle? style = null)
    {
        target = WorldPosition.TryCreate(expression, previousSteps, out var position)
            ? Write(position, candidateA, candidateB, style)
            : null;
        return target is not null;
    }

    /// <summary>Writes the target for the two candidates at <paramref name="position"/>.</summary>
    public static JudgeTarget Write(WorldPosition position, string candidateA, string candidateB, CheckStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(position);
        style ??= CheckStyle.Default;
        var sb = new StringBuilder(160);
        if (style.Check is JudgeCheck.StateFirst or JudgeCheck.StateMatched)
            AppendState(sb, position);
        sb.Append("A: ");
        var a = CheckLineWriter.Append(sb, position, candidateA, style);
        sb.Append("\nB: ");
        var b = CheckLineWriter.Append(sb, position, candidateB, style);
        var verdict = JudgeFormat.FromMarks(a, b);
        sb.Append('\n').Append(JudgeFormat.Token(verdict));
        return new JudgeTarget(sb.ToString(), a, b, verdict);
    }

    /// <summary>
    /// Writes <c>Now: 11*6+7; ready: 11*6</c>: the current expression and its ready operations left to right, as the
    /// steps write them (<c>answer</c> once the expression is reduced, <c>none</c> after the answer line).
    /// </summary>
    public static void AppendState(StringBuilder sb, WorldPosition position)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(position);
        sb.Append(JudgeFormat.NowPrefix).Append(position.CurrentText).Append(JudgeFormat.ReadySeparator);
        if (position.Answered)
            sb.Append("none");
        else if (position.Done)
            sb.Append("answer");
        else
        {
            var e = position.Expression;
            var first = true;
            foreach (var i in position.ReadyNodes)
            {
                if (!first)
                    sb.Append(' ');
                first = false;
                sb.Append(position.ValueOf(e.Left(i))).Append(OperationMath.Symbol(e.Op(i))).Append(position.ValueOf(e.Right(i)));
            }
        }
        sb.Append('\n');
    }
}

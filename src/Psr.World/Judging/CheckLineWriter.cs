using System.Text;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Judging;

/// <summary>
/// Writes the judge's check of one candidate, as the oracle knows it should read. Each line of the candidate gives
/// one segment; an operation is checked by a forward route of single-digit operations (a difference by adding back,
/// a quotient by multiplying back), then compared digit by digit:
/// <list type="bullet">
/// <item><c>47*6: 7*6=42,4*6+4=28;282 vs 282: 2=2 8=8 2=2</c> for <c>282/6=47</c> (checked as 47*6 against 282)</item>
/// <item><c>34+17: 4+7=11,3+1+1=5;51 vs 51: 1=1 5=5</c> for <c>51-17=34</c></item>
/// <item><c>answer;73 vs 73: 3=3 7=7</c>, <c>answer not done</c>, <c>8+6 not next</c>, <c>step 4!3</c>, <c>bad</c></item>
/// </list>
/// and the line ends with <c>right</c> or <c>wrong</c>. The mark always equals the oracle's label. Matched
/// (<see cref="JudgeCheck.Matched"/>), an operation is first compared with the ready operation it should be:
/// <c>16/2 vs 14/2: 2=2 /=/ 6!4</c>, or <c>14/2 vs 14/2: 2=2 /=/ 4=4 1=1; 7*2: ...</c> before its route; ready first
/// (<see cref="JudgeCheck.ReadyFirst"/>) the two sides swap: <c>14/2 vs 16/2: 2=2 /=/ 4!6</c>; with the model's own
/// step in the prompt (<see cref="JudgeCheck.OwnStep"/>) a candidate that is not ready is compared with the leftmost
/// ready operation, the one the <c>Own:</c> line should hold; own step last (<see cref="JudgeCheck.OwnStepLast"/>) that
/// comparison follows the route: <c>7*2: 7*2=14;14 vs 14: 4=4 1=1; 14/2 vs 14/2: 2=2 /=/ 4=4 1=1</c>. Every comparison
/// starts from the right, or from the left with <see cref="DigitOrder.FromLeft"/> (<c>...;282 vs 283: 2=2 8=8 2!3 wrong</c>).
/// A numbered step's number is checked when it is wrong (<c>step 4!3</c>), or every time, first, with
/// <see cref="StepNumberCheck.Always"/> (<c>step 3=3; 47*6: ...</c>). With <see cref="ReadyCompare.OwnThenSwap"/> the own
/// step's check compares every operation with the own line's first, then with it swapped: <c>6+3 vs 3+6: 6!3 swap 3+6 vs
/// 3+6: 3=3 +=+ 6=6; ...</c>.
/// </summary>
public static class CheckLineWriter
{
    /// <summary>Appends the check of <paramref name="candidate"/> at <paramref name="position"/>; returns its mark.</summary>
    public static CandidateMark Append(StringBuilder sb, WorldPosition position, string candidate, CheckStyle? style = null)
    {
        style ??= CheckStyle.Default;
        var right = true;
        var segments = 0;
        var current = position;
        foreach (var line in candidate.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            if (segments++ > 0)
                sb.Append(JudgeFormat.SegmentSeparator);
            if (segments > StepOracle.MaxLines || !AppendSegment(sb, current, StepLineParser.Parse(line), style))
            {
                right = false;
                break;
            }
            current.TryAdvance(line.ToString(), out var next);
            current = next!;
        }
        if (segments == 0)
        {
            sb.Append("bad");
            right = false;
        }
        sb.Append(' ').Append(right ? JudgeFormat.RightWord : JudgeFormat.WrongWord);
        return right ? CandidateMark.Right : CandidateMark.Wrong;
    }

    private static bool AppendSegment(StringBuilder sb, WorldPosition at, StepLine line, CheckStyle style)
    {
        var (match, carry, order) = (style.Match, style.Carry, style.Order);
        var expected = at.StepsDone + 1;
        if (at.Answered)
            return Fail(sb, "after answer");
        if (line.Kind == LineKind.Bad)
            return Fail(sb, "bad");
        if (line.Number != -1 && line.Number != expected)
            return Fail(sb, $"step {line.Number}!{expected}");
        if (line.Number != -1 && style.StepNumbers == StepNumberCheck.Always)
            sb.Append("step ").Append(expected).Append('=').Append(expected).Append("; ");
        if (line.Kind == LineKind.Answer)
        {
            if (!at.Done)
                return Fail(sb, "answer not done");
            sb.Append("answer");
            return AppendVersus(sb, at.ValueOf(at.Expression.Root)!.Value, line.C, order);
        }
        if (match == OperationMatch.LeftmostLast && !at.Done)
        {
            // the route as the arithmetic check writes it, then the operation against the one it should be
            if (!Route())
                return false;
            var written = OperationText(line.A, line.Op, line.B);
            var ready = at.FindReady(line.Op, line.A, line.B) >= 0 ? written : Leftmost(at);
            sb.Append("; ").Append(ready).Append(" vs ").Append(written).Append(':');
            return ColumnCheck.AppendComparison(sb, ready, written, order);
        }
        if (match == OperationMatch.LeftmostFirst && style.Ready == ReadyCompare.OwnThenSwap && !at.Done)
            return OwnThenSwap();
        if (match != OperationMatch.None && !at.Done)
        {
            var written = OperationText(line.A, line.Op, line.B);
            var ready = at.FindReady(line.Op, line.A, line.B) >= 0 ? written
                : match == OperationMatch.LeftmostFirst ? Leftmost(at) : Nearest(at, line);
            var (first, second) = match == OperationMatch.CandidateFirst ? (written, ready) : (ready, written);
            sb.Append(first).Append(" vs ").Append(second).Append(':');
            if (!ColumnCheck.AppendComparison(sb, first, second, order))
                return false;
            sb.Append("; ");
        }
        else if (at.FindReady(line.Op, line.A, line.B) < 0)
            return Fail(sb, $"{OperationText(line.A, line.Op, line.B)} not next");
        return Route();

        // the own line's operation first, then swapped where that can match, then any other ready operation
        bool OwnThenSwap()
        {
            var written = OperationText(line.A, line.Op, line.B);
            var own = at.ReadyNodes[0];
            var (a, b) = (at.ValueOf(at.Expression.Left(own))!.Value, at.ValueOf(at.Expression.Right(own))!.Value);
            var ownText = OperationText(a, at.Expression.Op(own), b);
            sb.Append(ownText).Append(" vs ").Append(written).Append(':');
            var matched = ColumnCheck.AppendComparison(sb, ownText, written, order);
            if (!matched && OperationMath.IsCommutative(at.Expression.Op(own)) && a != b)
            {
                var swapped = OperationText(b, at.Expression.Op(own), a);
                sb.Append(" swap ").Append(swapped).Append(" vs ").Append(written).Append(':');
                matched = ColumnCheck.AppendComparison(sb, swapped, written, order);
            }
            if (!matched)
            {
                if (at.FindReady(line.Op, line.A, line.B) < 0)
                    return false;
                sb.Append(" ready");
            }
            sb.Append("; ");
            return Route();
        }

        bool Route() => line.Op switch
        {
            Operation.Add => AppendRoute(sb, line.A, '+', line.B, line.C, carry, order),
            Operation.Multiply => AppendRoute(sb, line.A, '*', line.B, line.C, carry, order),
            Operation.Subtract => line.C >= 0 ? AppendRoute(sb, line.C, '+', line.B, line.A, carry, order) : Fail(sb, "neg"),
            _ => line.C >= 0 ? AppendRoute(sb, line.C, '*', line.B, line.A, carry, order) : Fail(sb, "neg"),
        };
    }

    private static string OperationText(long a, Operation op, long b) => OwnStep.OperationText(a, op, b);

    /// <summary>The leftmost ready operation: the one the gold solution, and the policy trained on it, writes next.</summary>
    private static string Leftmost(WorldPosition at) => ReadyText(at, at.ReadyNodes[0]);

    /// <summary>Ready node <paramref name="i"/> as a step writes it, e.g. <c>34*9</c>.</summary>
    private static string ReadyText(WorldPosition at, int i)
    {
        var e = at.Expression;
        return OperationText(at.ValueOf(e.Left(i))!.Value, e.Op(i), at.ValueOf(e.Right(i))!.Value);
    }

    /// <summary>
    /// The ready operation a wrong one is compared with: the one sharing most of operation, left and right operand,
    /// the leftmost among equals (a not-yet-ready position has at least one ready operation).
    /// </summary>
    private static string Nearest(WorldPosition at, StepLine line)
    {
        var e = at.Expression;
        var (best, bestScore) = (-1, -1);
        foreach (var i in at.ReadyNodes)
        {
            var score = (e.Op(i) == line.Op ? 1 : 0) + (at.ValueOf(e.Left(i)) == line.A ? 1 : 0) +
                        (at.ValueOf(e.Right(i)) == line.B ? 1 : 0);
            if (score > bestScore)
                (best, bestScore) = (i, score);
        }
        return ReadyText(at, best);
    }

    /// <summary>Writes <c>x o y: columns;R vs target: comparison</c>.</summary>
    private static bool AppendRoute(StringBuilder sb, long x, char op, long y, long target, ColumnCarry carry, DigitOrder order)
    {
        long computed;
        if (op == '+')
        {
            sb.Append(x).Append('+').Append(y).Append(": ");
            computed = ColumnCheck.AppendSum(sb, x, y, carry);
        }
        else
        {
            if (y > 9 && x <= 9)
                (x, y) = (y, x);
            sb.Append(x).Append('*').Append(y);
            if (y > 9 || !OperationMath.TryApply(Operation.Multiply, x, y, out _))
                return Fail(sb, " big");
            sb.Append(": ");
            computed = ColumnCheck.AppendProduct(sb, x, y, carry);
        }
        return AppendVersus(sb, computed, target, order);
    }

    /// <summary>Writes <c>;R vs C:</c> and the digit comparison.</summary>
    private static bool AppendVersus(StringBuilder sb, long computed, long claimed, DigitOrder order)
    {
        var (r, c) = (ColumnCheck.Digits(computed), claimed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sb.Append(';').Append(r).Append(" vs ").Append(c).Append(':');
        return ColumnCheck.AppendComparison(sb, r, c, order);
    }

    private static bool Fail(StringBuilder sb, string what)
    {
        sb.Append(what);
        return false;
    }
}

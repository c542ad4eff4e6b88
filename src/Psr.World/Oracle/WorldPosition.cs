using System.Diagnostics.CodeAnalysis;
using Psr.World.Problems;

namespace Psr.World.Oracle;

/// <summary>
/// A snapshot of the partly reduced expression after a correct prefix, on the heap: what the corruption rules, the
/// judge explanation writer and the EFT builder need to know about "now" (ready pairs, values, the next steps).
/// </summary>
public sealed class WorldPosition
{
    private readonly long[] _values;
    private readonly bool[] _known;

    private WorldPosition(Expression expression, long[] values, bool[] known, int stepsDone, bool answered)
    {
        Expression = expression;
        _values = values;
        _known = known;
        StepsDone = stepsDone;
        Answered = answered;
    }

    /// <summary>The problem's expression.</summary>
    public Expression Expression { get; }

    /// <summary>Operation steps done so far; the next step's number is one more.</summary>
    public int StepsDone { get; }

    /// <summary>Whether the answer line was already written.</summary>
    public bool Answered { get; }

    /// <summary>Whether the whole expression is reduced.</summary>
    public bool Done => _known[Expression.Root];

    /// <summary>The value of node <paramref name="i"/> if known, else null.</summary>
    public long? ValueOf(int i) => _known[i] ? _values[i] : null;

    /// <summary>The nodes that may be reduced now, left to right.</summary>
    public IReadOnlyList<int> ReadyNodes =>
        Enumerable.Range(0, Expression.NodeCount)
            .Where(i => !Expression.IsLeaf(i) && !_known[i] && _known[Expression.Left(i)] && _known[Expression.Right(i)])
            .ToList();

    /// <summary>The current expression with reduced parts replaced by their values, e.g. <c>11*6+7</c>.</summary>
    public string CurrentText => Expression.Render(Expression.Root, ValueOf);

    /// <summary>The gold next line: the leftmost ready operation, or the answer line when done.</summary>
    public string GoldNextStep => Done ? StepFormat.Answer(_values[Expression.Root]) : StepFor(ReadyNodes[0], swap: false);

    /// <summary>Every valid next line: each ready operation in written and (if commutative) swapped order, or the
    /// answer line when done; empty after the answer.</summary>
    public IReadOnlyList<string> ValidNextSteps()
    {
        if (Answered)
            return [];
        if (Done)
            return [StepFormat.Answer(_values[Expression.Root])];
        var steps = new List<string>();
        foreach (var i in ReadyNodes)
        {
            steps.Add(StepFor(i, swap: false));
            if (OperationMath.IsCommutative(Expression.Op(i)) && _values[Expression.Left(i)] != _values[Expression.Right(i)])
                steps.Add(StepFor(i, swap: true));
        }
        return steps;
    }

    /// <summary>Replays <paramref name="prefix"/>; false when any of its lines is not a correct step.</summary>
    public static bool TryCreate(Expression expression, IReadOnlyList<string?>? prefix,
        [NotNullWhen(true)] out WorldPosition? position)
    {
        var values = new long[expression.NodeCount];
        var known = new bool[expression.NodeCount];
        var state = new ExpressionState(expression, values, known);
        position = null;
        foreach (var step in prefix ?? [])
        {
            foreach (var line in (step ?? "").AsSpan().EnumerateLines())
            {
                if (!line.IsWhiteSpace() && state.Apply(StepLineParser.Parse(line)).Label != StepLabel.Correct)
                    return false;
            }
        }
        position = new WorldPosition(expression, values, known, state.StepsDone, state.Answered);
        return true;
    }

    /// <summary>Judges <paramref name="candidate"/> as the next step from here (the position is not changed).</summary>
    public StepVerdict Judge(string? candidate)
    {
        Span<long> values = stackalloc long[Expression.MaxNodes];
        Span<bool> known = stackalloc bool[Expression.MaxNodes];
        _values.CopyTo(values);
        _known.CopyTo(known);
        var state = new ExpressionState(Expression, values, known, StepsDone, Answered);
        var lines = 0;
        foreach (var line in (candidate ?? "").AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            if (lines++ == StepOracle.MaxLines)
                return StepVerdict.Wrong(StepReason.BadFormat);
            var v = state.Apply(StepLineParser.Parse(line));
            if (v.Label != StepLabel.Correct)
                return v;
        }
        return lines == 0 ? StepVerdict.Wrong(StepReason.Empty) : StepVerdict.Correct;
    }

    /// <summary>The position after the correct line <paramref name="step"/>, or false when it is not a correct step.</summary>
    public bool TryAdvance(string step, [NotNullWhen(true)] out WorldPosition? next)
    {
        var values = (long[])_values.Clone();
        var known = (bool[])_known.Clone();
        var state = new ExpressionState(Expression, values, known, StepsDone, Answered);
        next = null;
        foreach (var line in step.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace() && state.Apply(StepLineParser.Parse(line)).Label != StepLabel.Correct)
                return false;
        }
        next = new WorldPosition(Expression, values, known, state.StepsDone, state.Answered);
        return true;
    }

    /// <summary>The ready node computing <c>a op b</c> (commutative swaps allowed), or -1.</summary>
    public int FindReady(Operation op, long a, long b)
    {
        foreach (var i in ReadyNodes)
        {
            var (l, r) = (_values[Expression.Left(i)], _values[Expression.Right(i)]);
            if (Expression.Op(i) == op && ((l == a && r == b) || (OperationMath.IsCommutative(op) && l == b && r == a)))
                return i;
        }
        return -1;
    }

    private string StepFor(int node, bool swap)
    {
        var (a, b) = (_values[Expression.Left(node)], _values[Expression.Right(node)]);
        if (swap)
            (a, b) = (b, a);
        OperationMath.TryApply(Expression.Op(node), a, b, out var c);
        return StepFormat.Operation(StepsDone + 1, a, Expression.Op(node), b, c);
    }
}

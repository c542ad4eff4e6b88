using Psr.World.Problems;

namespace Psr.World.Oracle;

/// <summary>
/// The partly reduced expression after some correct steps: which nodes already have a value, and that value. Lives on
/// the stack (the caller provides spans of <see cref="Expression.MaxNodes"/>) so the oracle allocates nothing.
/// </summary>
public ref struct ExpressionState
{
    private readonly Expression _expression;
    private readonly Span<long> _values;
    private readonly Span<bool> _known;

    /// <summary>Starts from the question: only the leaves are known.</summary>
    public ExpressionState(Expression expression, Span<long> values, Span<bool> known)
    {
        _expression = expression;
        _values = values[..expression.NodeCount];
        _known = known[..expression.NodeCount];
        for (var i = 0; i < expression.NodeCount; i++)
        {
            _known[i] = expression.IsLeaf(i);
            _values[i] = expression.LeafValue(i);
        }
        StepsDone = 0;
        _answered = false;
    }

    /// <summary>Resumes a state saved by <see cref="WorldPosition"/>: the spans already hold its values.</summary>
    internal ExpressionState(Expression expression, Span<long> values, Span<bool> known, int stepsDone, bool answered)
    {
        _expression = expression;
        _values = values[..expression.NodeCount];
        _known = known[..expression.NodeCount];
        StepsDone = stepsDone;
        _answered = answered;
    }

    /// <summary>Operation steps applied so far.</summary>
    public int StepsDone { get; private set; }

    /// <summary>Whether a correct answer line has been seen.</summary>
    public readonly bool Answered => _answered;

    private bool _answered;

    /// <summary>Whether the whole expression is reduced to its value.</summary>
    public readonly bool Done => _known[_expression.Root];

    /// <summary>The value of the last reduced node (the answer once <see cref="Done"/>).</summary>
    public readonly long RootValue => _values[_expression.Root];

    /// <summary>Whether node <paramref name="i"/> may be reduced now (both children known, itself not).</summary>
    public readonly bool IsReady(int i) =>
        !_known[i] && _known[_expression.Left(i)] && _known[_expression.Right(i)];

    /// <summary>The value of known node <paramref name="i"/>.</summary>
    public readonly long ValueOf(int i) => _values[i];

    /// <summary>Whether node <paramref name="i"/> has a value.</summary>
    public readonly bool IsKnown(int i) => _known[i];

    /// <summary>The ready node computing <c>a op b</c> (operands swapped allowed for + and *), or -1.</summary>
    public readonly int FindReady(Operation op, long a, long b)
    {
        for (var i = 0; i < _expression.NodeCount; i++)
        {
            if (_expression.IsLeaf(i) || _expression.Op(i) != op || !IsReady(i))
                continue;
            var (l, r) = (_values[_expression.Left(i)], _values[_expression.Right(i)]);
            if ((l == a && r == b) || (OperationMath.IsCommutative(op) && l == b && r == a))
                return i;
        }
        return -1;
    }

    /// <summary>Whether some ready node combines <paramref name="a"/> and <paramref name="b"/> with another operation.</summary>
    public readonly bool HasReadyPairWithOtherOperation(Operation op, long a, long b)
    {
        for (var i = 0; i < _expression.NodeCount; i++)
        {
            if (_expression.IsLeaf(i) || _expression.Op(i) == op || !IsReady(i))
                continue;
            var (l, r) = (_values[_expression.Left(i)], _values[_expression.Right(i)]);
            var swappable = OperationMath.IsCommutative(op) || OperationMath.IsCommutative(_expression.Op(i));
            if ((l == a && r == b) || (swappable && l == b && r == a))
                return true;
        }
        return false;
    }

    /// <summary>Checks <paramref name="line"/> as the next line and, when it is correct, applies it.</summary>
    public StepVerdict Apply(in StepLine line)
    {
        if (_answered)
            return StepVerdict.Wrong(StepReason.AfterAnswer);
        if (line.Kind == LineKind.Bad)
            return StepVerdict.Wrong(StepReason.BadFormat);
        if (line.Number != -1 && line.Number != StepsDone + 1)
            return StepVerdict.Wrong(StepReason.StepNumber);
        return line.Kind == LineKind.Answer ? ApplyAnswer(line.C) : ApplyOperation(line);
    }

    private StepVerdict ApplyAnswer(long answer)
    {
        if (!Done)
            return StepVerdict.Wrong(StepReason.PrematureAnswer);
        if (answer != RootValue)
            return StepVerdict.Wrong(StepReason.WrongAnswer);
        _answered = true;
        return StepVerdict.Correct;
    }

    private StepVerdict ApplyOperation(in StepLine line)
    {
        var node = FindReady(line.Op, line.A, line.B);
        if (node < 0)
        {
            return HasReadyPairWithOtherOperation(line.Op, line.A, line.B)
                ? StepVerdict.Wrong(StepReason.WrongOperation)
                : StepVerdict.Wrong(StepReason.NotAvailable);
        }
        var (l, r) = (_values[_expression.Left(node)], _values[_expression.Right(node)]);
        if (!OperationMath.TryApply(line.Op, l, r, out var result) || result != line.C)
            return StepVerdict.Wrong(StepReason.Arithmetic);
        _known[node] = true;
        _values[node] = result;
        StepsDone++;
        return StepVerdict.Correct;
    }
}

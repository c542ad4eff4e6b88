using System.Text;

namespace Psr.World.Problems;

/// <summary>
/// An arithmetic expression tree with its nodes in post-order (children before parents, the root last). Leaves carry
/// a value; inner nodes carry an operation and the indices of their two children. Immutable.
/// </summary>
public sealed class Expression
{
    /// <summary>The most nodes an expression may have (the oracle keeps its state on the stack).</summary>
    public const int MaxNodes = 63;

    private readonly Operation[] _ops;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly long[] _leafValues;

    internal Expression(Operation[] ops, int[] left, int[] right, long[] leafValues)
    {
        _ops = ops;
        _left = left;
        _right = right;
        _leafValues = leafValues;
        Value = Evaluate(Root);
        OperationCount = ops.Count(o => o != Operation.None);
        Text = Render(Root);
    }

    /// <summary>Number of nodes (leaves and operations).</summary>
    public int NodeCount => _ops.Length;

    /// <summary>Index of the root node (the last one).</summary>
    public int Root => _ops.Length - 1;

    /// <summary>Number of operations, which is the number of operation steps of every solution.</summary>
    public int OperationCount { get; }

    /// <summary>The value of the whole expression (exact; division is exact in generated problems).</summary>
    public long Value { get; }

    /// <summary>The expression as written in questions, with the fewest parentheses that keep the tree.</summary>
    public string Text { get; }

    /// <summary>The operation of node <paramref name="i"/>; <see cref="Operation.None"/> for a leaf.</summary>
    public Operation Op(int i) => _ops[i];

    /// <summary>Left child of inner node <paramref name="i"/>.</summary>
    public int Left(int i) => _left[i];

    /// <summary>Right child of inner node <paramref name="i"/>.</summary>
    public int Right(int i) => _right[i];

    /// <summary>Value of leaf <paramref name="i"/> (0 for inner nodes).</summary>
    public long LeafValue(int i) => _leafValues[i];

    /// <summary>Whether node <paramref name="i"/> is a leaf.</summary>
    public bool IsLeaf(int i) => _ops[i] == Operation.None;

    /// <summary>The exact value of the subtree at <paramref name="i"/>.</summary>
    public long Evaluate(int i)
    {
        if (IsLeaf(i))
            return _leafValues[i];
        OperationMath.TryApply(_ops[i], Evaluate(_left[i]), Evaluate(_right[i]), out var v);
        return v;
    }

    /// <summary>
    /// Renders the subtree at <paramref name="i"/>, using <paramref name="valueOf"/> for nodes already reduced to a
    /// value (null: none). A right child is parenthesised at equal precedence so the text parses back to this tree.
    /// </summary>
    public string Render(int i, Func<int, long?>? valueOf = null)
    {
        var sb = new StringBuilder();
        Append(sb, i, valueOf);
        return sb.ToString();
    }

    private void Append(StringBuilder sb, int i, Func<int, long?>? valueOf)
    {
        var reduced = valueOf?.Invoke(i);
        if (reduced is { } v)
        {
            sb.Append(v);
            return;
        }
        if (IsLeaf(i))
        {
            sb.Append(_leafValues[i]);
            return;
        }
        var p = OperationMath.Precedence(_ops[i]);
        AppendChild(sb, _left[i], valueOf, child => child < p);
        sb.Append(OperationMath.Symbol(_ops[i]));
        AppendChild(sb, _right[i], valueOf, child => child <= p);
    }

    private void AppendChild(StringBuilder sb, int child, Func<int, long?>? valueOf, Func<int, bool> needsParens)
    {
        var isValue = IsLeaf(child) || valueOf?.Invoke(child) is not null;
        var parens = !isValue && needsParens(OperationMath.Precedence(_ops[child]));
        if (parens)
            sb.Append('(');
        Append(sb, child, valueOf);
        if (parens)
            sb.Append(')');
    }
}

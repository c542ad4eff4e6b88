namespace Psr.World.Problems;

/// <summary>Collects nodes in any order and builds an <see cref="Expression"/> re-indexed in post-order.</summary>
internal sealed class ExpressionBuilder
{
    private readonly List<(Operation Op, int Left, int Right, long Value)> _nodes = [];

    public int Count => _nodes.Count;

    public int Leaf(long value)
    {
        _nodes.Add((Operation.None, -1, -1, value));
        return _nodes.Count - 1;
    }

    public int Node(Operation op, int left, int right)
    {
        _nodes.Add((op, left, right, 0));
        return _nodes.Count - 1;
    }

    public Expression Build(int root)
    {
        var order = new List<int>(_nodes.Count);
        Visit(root, order);
        var index = new int[_nodes.Count];
        for (var k = 0; k < order.Count; k++)
            index[order[k]] = k;
        var ops = new Operation[order.Count];
        var left = new int[order.Count];
        var right = new int[order.Count];
        var values = new long[order.Count];
        for (var k = 0; k < order.Count; k++)
        {
            var n = _nodes[order[k]];
            ops[k] = n.Op;
            left[k] = n.Op == Operation.None ? -1 : index[n.Left];
            right[k] = n.Op == Operation.None ? -1 : index[n.Right];
            values[k] = n.Value;
        }
        return new Expression(ops, left, right, values);
    }

    private void Visit(int i, List<int> order)
    {
        var n = _nodes[i];
        if (n.Op != Operation.None)
        {
            Visit(n.Left, order);
            Visit(n.Right, order);
        }
        order.Add(i);
    }
}

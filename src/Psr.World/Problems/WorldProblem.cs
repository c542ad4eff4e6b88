namespace Psr.World.Problems;

/// <summary>
/// One generated problem: the question, the exact answer, and the gold solution, one operation per step in post-order
/// (leftmost reducible sub-expression first) followed by the answer line.
/// </summary>
public sealed record WorldProblem
{
    private WorldProblem(string id, Expression expression, IReadOnlyList<string> goldSteps)
    {
        Id = id;
        Expression = expression;
        GoldSteps = goldSteps;
    }

    /// <summary>Stable identifier (preset, split, seed and index).</summary>
    public string Id { get; }

    /// <summary>The expression tree the oracle checks against.</summary>
    public Expression Expression { get; }

    /// <summary>The question text, e.g. <c>(8+3)*6+7=?</c>.</summary>
    public string Question => StepFormat.Question(Expression);

    /// <summary>The exact final answer.</summary>
    public long Answer => Expression.Value;

    /// <summary>The gold solution's lines: every operation step, then the answer line.</summary>
    public IReadOnlyList<string> GoldSteps { get; }

    /// <summary>The gold solution: <see cref="GoldSteps"/> joined by newlines.</summary>
    public string Solution => string.Join('\n', GoldSteps);

    /// <summary>Builds the problem and its gold solution for <paramref name="expression"/>.</summary>
    public static WorldProblem Create(string id, Expression expression)
    {
        var steps = new List<string>(expression.OperationCount + 1);
        var values = new long[expression.NodeCount];
        for (var i = 0; i < expression.NodeCount; i++)
        {
            if (expression.IsLeaf(i))
            {
                values[i] = expression.LeafValue(i);
                continue;
            }
            var (a, b) = (values[expression.Left(i)], values[expression.Right(i)]);
            OperationMath.TryApply(expression.Op(i), a, b, out values[i]);
            steps.Add(StepFormat.Operation(steps.Count + 1, a, expression.Op(i), b, values[i]));
        }
        steps.Add(StepFormat.Answer(expression.Value));
        return new WorldProblem(id, expression, steps);
    }
}

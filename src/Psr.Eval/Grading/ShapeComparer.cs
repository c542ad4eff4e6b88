namespace Psr.Eval.Grading;

/// <summary>
/// Compares answer structures: tuples and intervals element-wise with identical brackets, matrices cell-wise,
/// unordered collections as multisets, scalars through <see cref="ScalarComparer"/>.
/// </summary>
internal sealed class ShapeComparer(GradeOptions options, Deadline deadline)
{
    private readonly ScalarComparer _scalars = new(options, deadline);

    public GradeResult Compare(AnswerShape prediction, AnswerShape reference)
    {
        deadline.Check();
        return (Single(prediction), Single(reference)) switch
        {
            (ScalarShape p, ScalarShape r) => _scalars.Compare(p.Text, r.Text),
            (OrderedShape p, OrderedShape r) => CompareOrdered(p, r),
            (MatrixShape p, MatrixShape r) => CompareMatrices(p, r),
            (MatrixShape p, OrderedShape r) => CompareVector(p, r),
            (OrderedShape p, MatrixShape r) => CompareVector(r, p),
            (UnorderedShape p, UnorderedShape r) => CompareUnordered(p, r),
            _ => GradeResult.No(GradeReason.Mismatch),
        };
    }

    /// <summary>A one-element collection is its element.</summary>
    private static AnswerShape Single(AnswerShape shape) =>
        shape is UnorderedShape { Kind: UnorderedKind.Collection, Items.Count: 1 } u ? Single(u.Items[0]) : shape;

    private GradeResult CompareOrdered(OrderedShape p, OrderedShape r)
    {
        if (p.Open != r.Open || p.Close != r.Close || p.Items.Count != r.Items.Count)
            return GradeResult.No(GradeReason.Mismatch);
        return AllEqual(p.Items, r.Items, GradeReason.Tuple);
    }

    private GradeResult CompareMatrices(MatrixShape p, MatrixShape r)
    {
        if (p.Rows.Count != r.Rows.Count || p.Rows.Zip(r.Rows).Any(rows => rows.First.Count != rows.Second.Count))
            return GradeResult.No(GradeReason.Mismatch);
        return AllEqual(p.Rows.SelectMany(x => x).ToArray(), r.Rows.SelectMany(x => x).ToArray(), GradeReason.Matrix);
    }

    /// <summary>A column or row matrix equals a parenthesised vector with the same entries.</summary>
    private GradeResult CompareVector(MatrixShape matrix, OrderedShape vector)
    {
        var cells = matrix.Rows.SelectMany(x => x).ToArray();
        var isVector = matrix.Rows.Count == 1 || matrix.Rows.All(row => row.Count == 1);
        if (!isVector || vector.Open != '(' || vector.Close != ')' || cells.Length != vector.Items.Count)
            return GradeResult.No(GradeReason.Mismatch);
        return AllEqual(cells, vector.Items, GradeReason.Matrix);
    }

    private GradeResult AllEqual(IReadOnlyList<AnswerShape> p, IReadOnlyList<AnswerShape> r, GradeReason reason)
    {
        for (var i = 0; i < p.Count; i++)
        {
            var item = Compare(p[i], r[i]);
            if (!item.Equal)
                return item.Reason == GradeReason.Timeout ? item : GradeResult.No(GradeReason.Mismatch);
        }
        return GradeResult.Yes(reason);
    }

    /// <summary>Multiset equality by greedy matching (equivalence is transitive, so greedy is exact).</summary>
    private GradeResult CompareUnordered(UnorderedShape p, UnorderedShape r)
    {
        if (p.Kind != r.Kind || p.Items.Count != r.Items.Count)
            return GradeResult.No(GradeReason.Mismatch);
        var unmatched = p.Items.ToList();
        foreach (var wanted in r.Items)
        {
            var index = unmatched.FindIndex(candidate => Compare(candidate, wanted).Equal);
            if (index < 0)
                return GradeResult.No(GradeReason.Mismatch);
            unmatched.RemoveAt(index);
        }
        return GradeResult.Yes(GradeReason.Set);
    }
}

namespace Psr.Eval.Grading;

/// <summary>Reads the outer structure of a normalised answer (§6 tuples, matrices, unordered lists, <c>\pm</c>).</summary>
internal static class AnswerShapeParser
{
    private static readonly string[] ListSeparators = [",", ";", " or ", " and ", "\\text{or}", "\\text{and}"];
    private static readonly string[] UnionSeparators = ["\\cup"];
    private static readonly string[] CommaSeparator = [","];
    private const int MaxPlusMinus = 3;

    public static AnswerShape Parse(string text, Deadline deadline)
    {
        deadline.Check();
        text = text.Trim();
        var union = Brackets.SplitTopLevel(text, UnionSeparators);
        if (union.Count > 1)
            return new UnorderedShape(UnorderedKind.Union, union.Select(p => Parse(p, deadline)).ToArray());
        var list = Brackets.SplitTopLevel(text, ListSeparators).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (list.Count > 1)
            return new UnorderedShape(UnorderedKind.Collection, list.Select(p => Parse(p, deadline)).ToArray());
        if (TryMatrix(text, deadline) is { } matrix)
            return matrix;
        if (TrySet(text, deadline) is { } set)
            return set;
        if (TryOrdered(text, deadline) is { } ordered)
            return ordered;
        if (TryPlusMinus(text) is { } expanded)
            return expanded;
        return new ScalarShape(text);
    }

    private static AnswerShape? TryMatrix(string text, Deadline deadline)
    {
        const string begin = "\\begin{pmatrix}", end = "\\end{pmatrix}";
        if (!text.StartsWith(begin, StringComparison.Ordinal) || !text.EndsWith(end, StringComparison.Ordinal))
            return null;
        var body = text[begin.Length..^end.Length];
        if (body.Contains("\\begin{", StringComparison.Ordinal))
            return null;
        var rows = body.Split("\\\\").Select(r => r.Trim()).Where(r => r.Length > 0)
            .Select(r => (IReadOnlyList<AnswerShape>)r.Split('&').Select(c => Parse(c, deadline)).ToArray())
            .ToArray();
        return rows.Length == 0 ? null : new MatrixShape(rows);
    }

    private static AnswerShape? TrySet(string text, Deadline deadline)
    {
        if (!text.StartsWith("\\{", StringComparison.Ordinal) || !text.EndsWith("\\}", StringComparison.Ordinal)
            || Brackets.MatchingClose(text, 1) != text.Length - 1)
            return null;
        var inner = text[2..^2];
        if (Brackets.SplitTopLevel(inner, ["|", ":"]).Count > 1)
            return null; // set-builder notation stays a scalar (compared as text)
        var items = Brackets.SplitTopLevel(inner, CommaSeparator).Select(p => p.Trim()).Where(p => p.Length > 0);
        return new UnorderedShape(UnorderedKind.Collection, items.Select(p => Parse(p, deadline)).ToArray());
    }

    private static AnswerShape? TryOrdered(string text, Deadline deadline)
    {
        if (text.Length < 2 || text[0] is not ('(' or '[') || text[^1] is not (')' or ']')
            || Brackets.MatchingClose(text, 0) != text.Length - 1)
            return null;
        var items = Brackets.SplitTopLevel(text[1..^1], CommaSeparator);
        if (items.Count < 2)
            return null;
        return new OrderedShape(text[0], text[^1], items.Select(p => Parse(p, deadline)).ToArray());
    }

    /// <summary><c>1 \pm \sqrt{19}</c> is the two answers <c>1 + \sqrt{19}</c> and <c>1 - \sqrt{19}</c>.</summary>
    private static AnswerShape? TryPlusMinus(string text)
    {
        var variants = new List<string> { text };
        for (var k = 0; k < MaxPlusMinus; k++)
        {
            var index = IndexOfPlusMinus(variants[0]);
            if (index < 0)
                break;
            variants = variants.SelectMany(v => Expand(v, IndexOfPlusMinus(v))).ToList();
        }
        return variants.Count == 1 ? null
            : new UnorderedShape(UnorderedKind.Collection, variants.Select(v => (AnswerShape)new ScalarShape(v)).ToArray());
    }

    private static int IndexOfPlusMinus(string s)
    {
        for (var i = 0; i + 3 <= s.Length; i++)
        {
            var isSign = string.CompareOrdinal(s, i, "\\pm", 0, 3) == 0 || string.CompareOrdinal(s, i, "\\mp", 0, 3) == 0;
            if (isSign && (i + 3 == s.Length || !char.IsAsciiLetter(s[i + 3])))
                return i; // not \pmod or \pmatrix
        }
        return -1;
    }

    private static IEnumerable<string> Expand(string s, int index)
    {
        var minusFirst = string.CompareOrdinal(s, index, "\\mp", 0, 3) == 0;
        var head = s[..index];
        var tail = s[(index + 3)..];
        yield return head + (minusFirst ? "-" : "+") + tail;
        yield return head + (minusFirst ? "+" : "-") + tail;
    }
}

using System.Diagnostics.CodeAnalysis;
using Psr.Core.Errors;

namespace Psr.World.Problems;

/// <summary>
/// Parses a question such as <c>(8+3)*6+7=?</c> back into its <see cref="Expression"/> tree (usual precedence, left
/// associative, non-negative integer literals, an optional trailing <c>=?</c>). Hand-written: the grammar is four
/// operators and parentheses, and the oracle must rebuild trees from JSONL questions without a parser dependency.
/// </summary>
public static class ExpressionParser
{
    /// <summary>Longest question text accepted.</summary>
    public const int MaxLength = 256;

    /// <summary>Parses <paramref name="question"/> or throws a <see cref="PsrException"/> naming it.</summary>
    public static Expression Parse(string question) =>
        TryParse(question, out var e, out var error) ? e : throw new PsrException($"question '{question}': {error}");

    /// <summary>Parses <paramref name="question"/>; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? question, [NotNullWhen(true)] out Expression? expression, out string error)
    {
        expression = null;
        if (string.IsNullOrWhiteSpace(question))
        {
            error = "empty question";
            return false;
        }
        if (question.Length > MaxLength)
        {
            error = $"longer than {MaxLength} characters";
            return false;
        }
        var text = question.Trim();
        if (text.EndsWith("=?", StringComparison.Ordinal))
            text = text[..^2];
        var reader = new Reader(text);
        if (!reader.ParseSum(out var root) || reader.Position != text.Length)
        {
            error = reader.Error ?? $"unexpected '{text[reader.Position]}' at column {reader.Position + 1}";
            return false;
        }
        if (reader.Nodes.Count > Expression.MaxNodes)
        {
            error = $"more than {Expression.MaxNodes} nodes";
            return false;
        }
        expression = reader.Nodes.Build(root);
        error = "";
        return true;
    }

    private sealed class Reader(string text)
    {
        public readonly ExpressionBuilder Nodes = new();
        public int Position;
        public string? Error;

        public bool ParseSum(out int node) => ParseLevel(1, out node);

        private bool ParseLevel(int precedence, out int node)
        {
            if (!(precedence == 1 ? ParseLevel(2, out node) : ParsePrimary(out node)))
                return false;
            while (Position < text.Length)
            {
                var op = OperationMath.FromSymbol(text[Position]);
                if (op == Operation.None || OperationMath.Precedence(op) != precedence)
                    return true;
                Position++;
                if (!(precedence == 1 ? ParseLevel(2, out var right) : ParsePrimary(out right)))
                    return false;
                node = Nodes.Node(op, node, right);
            }
            return true;
        }

        private bool ParsePrimary(out int node)
        {
            node = -1;
            if (Position >= text.Length)
                return Fail("unexpected end");
            if (text[Position] == '(')
            {
                Position++;
                if (!ParseSum(out node))
                    return false;
                if (Position >= text.Length || text[Position] != ')')
                    return Fail($"missing ')' at column {Position + 1}");
                Position++;
                return true;
            }
            var start = Position;
            long value = 0;
            while (Position < text.Length && char.IsAsciiDigit(text[Position]) && Position - start < 12)
                value = value * 10 + (text[Position++] - '0');
            if (Position == start)
                return Fail($"expected a number at column {start + 1}");
            node = Nodes.Leaf(value);
            return true;
        }

        private bool Fail(string message)
        {
            Error ??= message;
            return false;
        }
    }
}

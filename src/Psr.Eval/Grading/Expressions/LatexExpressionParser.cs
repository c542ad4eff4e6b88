using System.Numerics;
using Fractions;

namespace Psr.Eval.Grading.Expressions;

/// <summary>
/// Recursive-descent parser from LaTeX math to <see cref="Expr"/>. Hand-written rather than built with Pidgin because
/// it must carry per-call state through every rule (the comparison's deadline and a nesting budget, so adversarial
/// input can neither hang nor overflow the stack) and LaTeX needs context decisions (implicit multiplication, a mixed
/// number <c>2\frac12</c> being a sum, <c>\frac12</c> taking single digits) that a tokenised descent states directly.
/// </summary>
internal sealed partial class LatexExpressionParser
{
    private readonly List<Token> _tokens;
    private readonly int _maxDepth;
    private readonly Deadline _deadline;
    private readonly HashSet<string> _variables = new(StringComparer.Ordinal);
    private int _pos;
    private int _depth;
    private int _absDepth;
    private bool _hasDecimal;
    private bool _hasImaginary;

    private LatexExpressionParser(List<Token> tokens, int maxDepth, Deadline deadline)
    {
        _tokens = tokens;
        _maxDepth = maxDepth;
        _deadline = deadline;
    }

    /// <summary>
    /// Parses <paramref name="text"/>; null when it is not an expression. Throws <see cref="GradingLimitException"/>
    /// when the nesting budget or the deadline is exceeded.
    /// </summary>
    public static ParsedExpression? TryParse(string text, int maxDepth, Deadline deadline)
    {
        var tokens = LatexLexer.Tokenize(text);
        if (tokens is null || tokens.Count == 1)
            return null;
        var parser = new LatexExpressionParser(tokens, maxDepth, deadline);
        try
        {
            var root = parser.ParseSum();
            if (parser.Peek.Kind != TokenKind.End)
                return null;
            return new ParsedExpression(root, parser._variables, parser._hasDecimal, parser._hasImaginary);
        }
        catch (SyntaxException)
        {
            return null;
        }
    }

    private Token Peek => _tokens[_pos];

    private Token Next() => _tokens[_pos++];

    private void Expect(char symbol)
    {
        if (!Peek.IsSymbol(symbol))
            throw new SyntaxException();
        _pos++;
    }

    private void Enter()
    {
        if (++_depth > _maxDepth)
            throw new GradingLimitException(GradeReason.TooLarge);
        _deadline.Check();
    }

    private Expr ParseSum()
    {
        Enter();
        var left = ParseTerm();
        while (Peek.IsSymbol('+') || Peek.IsSymbol('-'))
        {
            var op = Next().Text == "+" ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = new BinaryExpr(op, left, ParseTerm());
        }
        _depth--;
        return left;
    }

    private Expr ParseTerm()
    {
        var left = ParseUnary();
        left = AbsorbMixedNumber(left);
        while (true)
        {
            _deadline.Check();
            if (Peek.IsSymbol('*') || Peek.IsCommand("cdot") || Peek.IsCommand("times") || Peek.IsCommand("ast"))
            {
                _pos++;
                left = new BinaryExpr(BinaryOperator.Multiply, left, ParseUnary());
            }
            else if (Peek.IsSymbol('/') || Peek.IsCommand("div"))
            {
                _pos++;
                left = new BinaryExpr(BinaryOperator.Divide, left, ParseUnary());
            }
            else if (StartsFactor(Peek))
                left = new BinaryExpr(BinaryOperator.Multiply, left, ParsePower());
            else
                return left;
        }
    }

    /// <summary>A mixed number (<c>2\frac{1}{2}</c>) is a sum, never a product (grader-notes §6).</summary>
    private Expr AbsorbMixedNumber(Expr left)
    {
        var (whole, negative) = left switch
        {
            NumberExpr n => (n, false),
            NegateExpr { Operand: NumberExpr n } => (n, true),
            _ => (null, false),
        };
        if (whole is null || whole.IsDecimal || !Peek.IsCommand("frac") && !Peek.IsCommand("dfrac") && !Peek.IsCommand("tfrac"))
            return left;
        var save = _pos;
        var part = ParsePower();
        if (part is BinaryExpr { Operator: BinaryOperator.Divide, Left: NumberExpr { IsDecimal: false }, Right: NumberExpr { IsDecimal: false } })
        {
            Expr sum = new BinaryExpr(BinaryOperator.Add, whole, part);
            return negative ? new NegateExpr(sum) : sum;
        }
        _pos = save;
        return left;
    }

    private Expr ParseUnary()
    {
        if (Peek.IsSymbol('-') || Peek.IsSymbol('+'))
        {
            var negate = Next().Text == "-";
            Enter();
            var operand = ParseUnary();
            _depth--;
            return negate ? new NegateExpr(operand) : operand;
        }
        return ParsePower();
    }

    private Expr ParsePower()
    {
        var atom = ParseAtom();
        while (true)
        {
            if (Peek.IsSymbol('^'))
            {
                _pos++;
                atom = new BinaryExpr(BinaryOperator.Power, atom, ParseExponent());
            }
            else if (Peek.IsSymbol('!'))
            {
                _pos++;
                atom = new FunctionExpr(MathFunction.Factorial, atom);
            }
            else if (Peek.IsSymbol('\''))
                throw new SyntaxException();
            else
                return atom;
        }
    }

    private Expr ParseExponent()
    {
        Enter();
        Expr result;
        if (Peek.IsSymbol('-'))
        {
            _pos++;
            result = new NegateExpr(ParseExponent());
        }
        else
            result = ParseArgument(allowMultiDigit: true);
        _depth--;
        return result;
    }

    /// <summary>A command argument: a braced group, one digit (<c>\frac12</c>), a letter, or a command atom.</summary>
    private Expr ParseArgument(bool allowMultiDigit)
    {
        var token = Peek;
        if (token.IsSymbol('{'))
            return ParseGroup('{', '}');
        if (token.Kind == TokenKind.Number && !allowMultiDigit && token.Text.Length > 1 && !token.Text.Contains('.'))
        {
            // \frac12: the argument is the first digit only; the rest stays in the stream.
            _tokens[_pos] = token with { Text = token.Text[1..] };
            return Number(token.Text[..1]);
        }
        return ParseAtom();
    }

    private Expr ParseGroup(char open, char close)
    {
        Expect(open);
        var savedAbs = _absDepth;
        _absDepth = 0;
        var inner = ParseSum();
        _absDepth = savedAbs;
        Expect(close);
        return inner;
    }

    private bool StartsFactor(Token t) => t.Kind switch
    {
        TokenKind.Number or TokenKind.Letter => true,
        TokenKind.Command => !IsOperatorCommand(t.Text),
        TokenKind.Symbol => t.IsSymbol('(') || t.IsSymbol('[') || t.IsSymbol('{') || (t.IsSymbol('|') && _absDepth == 0),
        _ => false,
    };

    private static bool IsOperatorCommand(string name) =>
        name is "cdot" or "times" or "div" or "ast" or "right" or "rfloor" or "rceil" or "pm" or "mp" or "cup" or "cap"
            or "le" or "ge" or "ne" or "lt" or "gt" or "in" or "to" or "circ";

    private Expr Number(string text)
    {
        if (text.Contains('.'))
        {
            _hasDecimal = true;
            var dot = text.IndexOf('.');
            var digits = text.Remove(dot, 1);
            var scale = BigInteger.Pow(10, text.Length - dot - 1);
            return new NumberExpr(new Fraction(BigInteger.Parse(digits.Length == 0 ? "0" : digits), scale), true);
        }
        return new NumberExpr(new Fraction(BigInteger.Parse(text)), false);
    }

    private sealed class SyntaxException : Exception;
}

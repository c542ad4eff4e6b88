namespace Psr.Eval.Grading.Expressions;

/// <summary>Atoms: numerals, variables, groups, constants and LaTeX commands.</summary>
internal sealed partial class LatexExpressionParser
{
    private static readonly HashSet<string> Greek = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega",
    };

    private static readonly Dictionary<string, MathFunction> Functions = new(StringComparer.Ordinal)
    {
        ["sin"] = MathFunction.Sin, ["cos"] = MathFunction.Cos, ["tan"] = MathFunction.Tan,
        ["sec"] = MathFunction.Sec, ["csc"] = MathFunction.Csc, ["cot"] = MathFunction.Cot,
        ["arcsin"] = MathFunction.Arcsin, ["arccos"] = MathFunction.Arccos, ["arctan"] = MathFunction.Arctan,
        ["sinh"] = MathFunction.Sinh, ["cosh"] = MathFunction.Cosh, ["tanh"] = MathFunction.Tanh,
        ["ln"] = MathFunction.Ln, ["log"] = MathFunction.Log, ["exp"] = MathFunction.Exp,
    };

    private Expr ParseAtom()
    {
        _deadline.Check();
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _pos++;
                return Number(token.Text);
            case TokenKind.Letter:
                _pos++;
                return Letter(token.Text);
            case TokenKind.Command:
                _pos++;
                return Command(token.Text);
            case TokenKind.Symbol when token.IsSymbol('('):
                return ParseGroup('(', ')');
            case TokenKind.Symbol when token.IsSymbol('['):
                return ParseGroup('[', ']');
            case TokenKind.Symbol when token.IsSymbol('{'):
                return ParseGroup('{', '}');
            case TokenKind.Symbol when token.IsSymbol('|') && _absDepth == 0:
                return ParseAbs();
            default:
                throw new SyntaxException();
        }
    }

    private Expr ParseAbs()
    {
        Expect('|');
        _absDepth++;
        var inner = ParseSum();
        _absDepth--;
        Expect('|');
        return new FunctionExpr(MathFunction.Abs, inner);
    }

    private Expr Letter(string name)
    {
        if (name == "e")
            return new ConstantExpr(MathConstant.E);
        if (name == "i")
        {
            _hasImaginary = true;
            return new ConstantExpr(MathConstant.ImaginaryUnit);
        }
        return Variable(name);
    }

    private Expr Variable(string name)
    {
        if (Peek.IsSymbol('_'))
        {
            _pos++;
            name += "_" + SubscriptText();
        }
        _variables.Add(name);
        return new VariableExpr(name);
    }

    /// <summary>The raw text of a subscript (<c>a_1</c>, <c>x_{n+1}</c>), used only as part of a variable name.</summary>
    private string SubscriptText()
    {
        if (!Peek.IsSymbol('{'))
            return Next().Text;
        var start = _pos;
        var depth = 0;
        do
        {
            if (Peek.Kind == TokenKind.End)
                throw new SyntaxException();
            if (Peek.IsSymbol('{')) depth++;
            if (Peek.IsSymbol('}')) depth--;
            _pos++;
        } while (depth > 0);
        return string.Concat(_tokens.GetRange(start, _pos - start).Select(t => t.Text));
    }

    private Expr Command(string name)
    {
        if (Greek.Contains(name))
            return Variable(name);
        if (Functions.TryGetValue(name, out var function))
            return ParseFunction(function);
        return name switch
        {
            "pi" => new ConstantExpr(MathConstant.Pi),
            "infty" or "infin" => new ConstantExpr(MathConstant.Infinity),
            "frac" or "dfrac" or "tfrac" or "cfrac" => Fraction(),
            "sqrt" => Sqrt(),
            "binom" or "dbinom" or "tbinom" => Binomial(),
            "lfloor" => Delimited(MathFunction.Floor, "rfloor"),
            "lceil" => Delimited(MathFunction.Ceiling, "rceil"),
            _ => throw new SyntaxException(),
        };
    }

    private Expr Fraction()
    {
        var numerator = ParseArgument(allowMultiDigit: false);
        var denominator = ParseArgument(allowMultiDigit: false);
        return new BinaryExpr(BinaryOperator.Divide, numerator, denominator);
    }

    private Expr Sqrt()
    {
        Expr? index = null;
        if (Peek.IsSymbol('['))
            index = ParseGroup('[', ']');
        var radicand = ParseArgument(allowMultiDigit: false);
        return index is null
            ? new FunctionExpr(MathFunction.Sqrt, radicand)
            : new FunctionExpr(MathFunction.Root, radicand, index);
    }

    private Expr Binomial()
    {
        var n = ParseArgument(allowMultiDigit: false);
        var k = ParseArgument(allowMultiDigit: false);
        return new FunctionExpr(MathFunction.Binomial, n, k);
    }

    private Expr Delimited(MathFunction function, string closer)
    {
        var inner = ParseSum();
        if (!Peek.IsCommand(closer))
            throw new SyntaxException();
        _pos++;
        return new FunctionExpr(function, inner);
    }

    /// <summary><c>\sin^2 x</c>, <c>\log_2 8</c>, <c>\sin(x)</c>, <c>\sin 2x</c> (the argument runs over a product).</summary>
    private Expr ParseFunction(MathFunction function)
    {
        Expr? power = null;
        Expr? logBase = null;
        if (function == MathFunction.Log && Peek.IsSymbol('_'))
        {
            _pos++;
            logBase = ParseArgument(allowMultiDigit: true);
        }
        if (Peek.IsSymbol('^'))
        {
            _pos++;
            power = ParseExponent();
        }
        Enter();
        var argument = Peek.IsSymbol('(') ? ParseGroup('(', ')') : ParseFunctionArgument();
        _depth--;
        Expr applied = new FunctionExpr(function, argument, logBase);
        return power is null ? applied : new BinaryExpr(BinaryOperator.Power, applied, power);
    }

    private Expr ParseFunctionArgument()
    {
        var argument = ParsePower();
        while (StartsFactor(Peek) && !(Peek.Kind == TokenKind.Command && Functions.ContainsKey(Peek.Text)))
            argument = new BinaryExpr(BinaryOperator.Multiply, argument, ParsePower());
        return argument;
    }
}

using System.Numerics;
using System.Text.RegularExpressions;
using Psr.Eval.Grading.Expressions;

namespace Psr.Eval.Grading;

/// <summary>
/// Compares two single answers (no outer structure): formatting-equal keys, text, equations and variable prefixes,
/// base-subscript numerals, then numbers and expressions through the expression parser.
/// </summary>
internal sealed partial class ScalarComparer(GradeOptions options, Deadline deadline)
{
    public GradeResult Compare(string prediction, string reference)
    {
        var pk = AnswerNormalizer.Key(prediction);
        var rk = AnswerNormalizer.Key(reference);
        if (pk == rk)
            return GradeResult.Yes(IsWordKey(pk) ? GradeReason.Text : GradeReason.Normalized);
        if (pk.Length == 0)
            return GradeResult.No(GradeReason.NoAnswer);
        if (IsWordLike(prediction) || IsWordLike(reference))
            return GradeResult.No(GradeReason.Text);
        var pEq = SplitEquation(prediction);
        var rEq = SplitEquation(reference);
        if (pEq is not null && rEq is not null)
            return CompareEquations(pEq.Value, rEq.Value);
        if (pEq is { } pe && IsSingleVariable(pe.Left))
            return Compare(pe.Right, reference);
        if (rEq is { } re && IsSingleVariable(re.Left))
            return Compare(prediction, re.Right);
        if (pEq is not null || rEq is not null)
            return GradeResult.No(GradeReason.Mismatch);
        if (CompareBaseNumerals(prediction, reference) is { } baseResult)
            return baseResult;
        if (options.Fractions == FractionPolicy.RequireReduced && HasUnreducedFraction(prediction))
            return GradeResult.No(GradeReason.Mismatch);
        var p = Parse(prediction);
        var r = Parse(reference);
        if (p is null || r is null)
            return GradeResult.No(GradeReason.Unparsed);
        return new ExpressionComparer(options, deadline).Compare(p, r);
    }

    private ParsedExpression? Parse(string text) => LatexExpressionParser.TryParse(text, options.MaxNestingDepth, deadline);

    private GradeResult CompareEquations((string Left, string Right) p, (string Left, string Right) r)
    {
        var sides = new[] { Parse(p.Left), Parse(p.Right), Parse(r.Left), Parse(r.Right) };
        if (sides.Any(s => s is null))
            return GradeResult.No(GradeReason.Unparsed);
        return new EquationComparer(options, deadline).Equivalent(sides[0]!, sides[1]!, sides[2]!, sides[3]!)
            ? GradeResult.Yes(GradeReason.Equation)
            : GradeResult.No(GradeReason.Mismatch);
    }

    private GradeResult? CompareBaseNumerals(string prediction, string reference)
    {
        var p = BaseNumeral.TryParse(prediction);
        var r = BaseNumeral.TryParse(reference);
        if (p is null && r is null)
            return null;
        if (p is not null && r is not null)
            return p.Value() is { } pv && r.Value() is { } rv && pv == rv
                ? GradeResult.Yes(GradeReason.Numeric)
                : GradeResult.No(GradeReason.Mismatch);
        var withSubscript = (p ?? r)!;
        var plain = (p is null ? prediction : reference).Trim().TrimStart('0');
        var subscriptMissingOk = r is not null && options.BaseSubscripts == BaseSubscriptPolicy.AcceptMissingSubscript;
        return subscriptMissingOk && string.Equals(plain.Length == 0 ? "0" : plain, withSubscript.Digits, StringComparison.OrdinalIgnoreCase)
            ? GradeResult.Yes(GradeReason.Numeric)
            : GradeResult.No(GradeReason.Mismatch);
    }

    /// <summary>The two sides of an equation with exactly one top-level <c>=</c>, else null.</summary>
    private static (string Left, string Right)? SplitEquation(string text)
    {
        var parts = Brackets.SplitTopLevel(text, ["="]);
        return parts.Count == 2 && parts[0].Trim().Length > 0 && parts[1].Trim().Length > 0
            ? (parts[0].Trim(), parts[1].Trim())
            : null;
    }

    private static bool IsSingleVariable(string text) => SingleVariable().IsMatch(text);

    private static bool IsWordKey(string key) => key.Length > 0 && key.All(char.IsAsciiLetter);

    /// <summary>A run of three or more letters that is not a LaTeX command: a word, compared only as text.</summary>
    private static bool IsWordLike(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                while (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
                    i++;
                run = 0;
            }
            else if (char.IsAsciiLetter(text[i]) && ++run >= 3)
                return true;
            else if (!char.IsAsciiLetter(text[i]))
                run = 0;
        }
        return false;
    }

    private static bool HasUnreducedFraction(string text)
    {
        foreach (Match m in IntegerFraction().Matches(text))
            if (BigInteger.GreatestCommonDivisor(BigInteger.Parse(m.Groups["n"].Value), BigInteger.Parse(m.Groups["d"].Value)) > 1)
                return true;
        return false;
    }

    [GeneratedRegex(@"^\s*(?:[a-zA-Z](?:_\{?\w+\}?)?|\\[a-zA-Z]+)\s*$", RegexOptions.None, 200)]
    private static partial Regex SingleVariable();

    [GeneratedRegex(@"\\frac\{(?<n>\d{1,30})\}\{(?<d>\d{1,30})\}|^(?<n>\d{1,30})/(?<d>\d{1,30})$", RegexOptions.None, 200)]
    private static partial Regex IntegerFraction();
}

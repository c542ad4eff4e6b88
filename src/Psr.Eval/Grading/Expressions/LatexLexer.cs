namespace Psr.Eval.Grading.Expressions;

/// <summary>Splits normalised LaTeX math into tokens; spacing commands are dropped.</summary>
internal static class LatexLexer
{
    private const string Symbols = "+-*/^_()[]{}|!,=<>'";

    // Delimiter sizing and style commands change nothing about the value.
    private static readonly HashSet<string> Sizing = new(StringComparer.Ordinal)
    {
        "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "bigg", "Bigg", "displaystyle", "textstyle",
    };

    /// <summary>The tokens of <paramref name="text"/>, ending with <see cref="TokenKind.End"/>; null on an unknown character.</summary>
    public static List<Token>? Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 2 + 2);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '~')
                i++;
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                i = ReadNumber(text, i, tokens);
            else if (char.IsAsciiLetter(c))
            {
                tokens.Add(new Token(TokenKind.Letter, c.ToString()));
                i++;
            }
            else if (c == '\\')
                i = ReadCommand(text, i, tokens);
            else if (Symbols.Contains(c))
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
                i++;
            }
            else if (MapUnicode(c) is { } mapped)
            {
                tokens.Add(mapped);
                i++;
            }
            else
                return null;
        }
        tokens.Add(new Token(TokenKind.End, ""));
        return tokens;
    }

    private static int ReadNumber(string text, int start, List<Token> tokens)
    {
        var i = start;
        var seenDot = false;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && !seenDot && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            seenDot |= text[i] == '.';
            i++;
        }
        tokens.Add(new Token(TokenKind.Number, text[start..i]));
        return i;
    }

    private static int ReadCommand(string text, int start, List<Token> tokens)
    {
        var i = start + 1;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
            i++;
        if (i > start + 1)
        {
            var name = text[(start + 1)..i];
            if (!Sizing.Contains(name))
                tokens.Add(new Token(TokenKind.Command, name));
            return i;
        }
        if (i < text.Length && text[i] is '{' or '}' or '|')
            tokens.Add(new Token(TokenKind.Symbol, text[i].ToString()));
        // Anything else after a backslash (\, \! \; \  \%) is spacing or a unit sign: skipped.
        return Math.Min(i + 1, text.Length);
    }

    private static Token? MapUnicode(char c) => c switch
    {
        '−' or '–' => new Token(TokenKind.Symbol, "-"),
        '·' or '×' or '⋅' => new Token(TokenKind.Symbol, "*"),
        '÷' => new Token(TokenKind.Symbol, "/"),
        'π' => new Token(TokenKind.Command, "pi"),
        '∞' => new Token(TokenKind.Command, "infty"),
        '√' => new Token(TokenKind.Command, "sqrt"),
        _ => null,
    };
}

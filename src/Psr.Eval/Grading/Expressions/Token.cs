namespace Psr.Eval.Grading.Expressions;

/// <summary>One lexical token of LaTeX math.</summary>
internal readonly record struct Token(TokenKind Kind, string Text)
{
    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == c;

    public bool IsCommand(string name) => Kind == TokenKind.Command && Text == name;
}

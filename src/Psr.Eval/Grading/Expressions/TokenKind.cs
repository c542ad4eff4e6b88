namespace Psr.Eval.Grading.Expressions;

/// <summary>Lexical classes of LaTeX math.</summary>
internal enum TokenKind
{
    /// <summary>Digits with an optional decimal point.</summary>
    Number,
    /// <summary>One ASCII letter (letters multiply implicitly: <c>xy</c> is x·y).</summary>
    Letter,
    /// <summary>A control word such as <c>\frac</c>, stored without the backslash.</summary>
    Command,
    /// <summary>One punctuation or operator character.</summary>
    Symbol,
    /// <summary>End of input.</summary>
    End,
}

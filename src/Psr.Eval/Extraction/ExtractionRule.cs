namespace Psr.Eval.Extraction;

/// <summary>Which rule of grader-notes §7 produced an extracted answer.</summary>
public enum ExtractionRule
{
    /// <summary>No rule applied: the output has no answer (counted as no-answer, never guessed).</summary>
    None,
    /// <summary>The last <c>\boxed{...}</c>.</summary>
    Boxed,
    /// <summary>Minerva form <c>final answer is $X$. I hope it is correct.</c></summary>
    Minerva,
    /// <summary>The text after the last "answer is", to the end of its line or sentence.</summary>
    AnswerIs,
    /// <summary>The text after the last <c>####</c> (GSM8K).</summary>
    Hashes,
    /// <summary>The last number in the text (only with <see cref="ExtractFallback.LastNumber"/>).</summary>
    LastNumber,
}

namespace Psr.Eval.Extraction;

/// <summary>An extracted answer (raw, not normalised) and the rule that found it; <c>Answer</c> is null for none.</summary>
public sealed record ExtractedAnswer(string? Answer, ExtractionRule Rule)
{
    /// <summary>Nothing extracted.</summary>
    public static ExtractedAnswer None { get; } = new(null, ExtractionRule.None);
}

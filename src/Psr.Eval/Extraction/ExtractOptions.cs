namespace Psr.Eval.Extraction;

/// <summary>Options of <see cref="AnswerExtractor"/>.</summary>
public sealed record ExtractOptions
{
    /// <summary>The defaults: no fallback.</summary>
    public static ExtractOptions Default { get; } = new();

    /// <summary>Used when no marker (<c>\boxed</c>, Minerva, "answer is", <c>####</c>) is found. Default <see cref="ExtractFallback.None"/>.</summary>
    public ExtractFallback Fallback { get; init; } = ExtractFallback.None;
}

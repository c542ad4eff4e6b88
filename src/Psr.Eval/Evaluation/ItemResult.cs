using Psr.Eval.Extraction;

namespace Psr.Eval.Evaluation;

/// <summary>The graded result of one benchmark item.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Reference">Gold answer, raw.</param>
/// <param name="Extracted">The answer graded (null: none extracted, or no prediction for the item).</param>
/// <param name="Equal">Whether it equals the reference.</param>
/// <param name="Why">The grader's why code (<c>no-answer</c> when nothing was extracted).</param>
/// <param name="Rule">The extraction rule that produced <paramref name="Extracted"/>.</param>
/// <param name="Missing">True when the predictions file had no line for this item.</param>
public sealed record ItemResult(string Id, string Reference, string? Extracted, bool Equal, string Why, ExtractionRule Rule, bool Missing);

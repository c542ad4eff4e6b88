namespace Psr.Extensions.RealData.Segmentation;

/// <summary>
/// A solution split into steps, or why it could not be. Each step is the text after its <c>Step n:</c> header (with
/// the leading space), so <c>Roles.Prompts.StepPromptText.Prefix(Paper, …)</c> writes it back exactly as the policy is
/// prompted and as the search stores candidate steps.
/// </summary>
/// <param name="Steps">The steps (empty when <paramref name="Failure"/> is not None).</param>
/// <param name="Failure">Why it could not be split; <see cref="SegmentFailure.None"/> when split.</param>
public sealed record SegmentedSolution(IReadOnlyList<string> Steps, SegmentFailure Failure)
{
    /// <summary>Whether the solution was split.</summary>
    public bool IsSplit => Failure == SegmentFailure.None;

    /// <summary>A split solution.</summary>
    public static SegmentedSolution Of(IReadOnlyList<string> steps) => new(steps, SegmentFailure.None);

    /// <summary>A failure.</summary>
    public static SegmentedSolution Failed(SegmentFailure failure) => new([], failure);
}

namespace Psr.Extensions.RealData.Stages;

/// <summary>One segmenter answer in the IFT stage's progress log (resume unit: one batch of items).</summary>
/// <param name="Id">The benchmark item's id.</param>
/// <param name="Output">The segmenter's raw answer.</param>
public sealed record SegmenterAnswer(string Id, string Output);

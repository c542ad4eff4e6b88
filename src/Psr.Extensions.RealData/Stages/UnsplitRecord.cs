using Psr.Extensions.RealData.Segmentation;

namespace Psr.Extensions.RealData.Stages;

/// <summary>A benchmark solution the IFT stage could not split (<c>ift-unsplit.jsonl</c>): counted, listed, not trained on.</summary>
/// <param name="Id">The benchmark item's id.</param>
/// <param name="Failure">Why.</param>
/// <param name="Output">The segmenter's answer (model segmentation), or null.</param>
public sealed record UnsplitRecord(string Id, SegmentFailure Failure, string? Output);

namespace Psr.Pipeline.Search;

/// <summary>A question to search, with a stable id (unique within one search).</summary>
/// <param name="Id">Stable id; seeds, progress records and traces refer to it.</param>
/// <param name="Text">The question text.</param>
public sealed record SearchQuestion(string Id, string Text);

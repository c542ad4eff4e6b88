namespace Psr.Eval.Benchmarks;

/// <summary>Field names of a user's JSONL benchmark file.</summary>
public sealed record JsonlFields
{
    /// <summary>Field holding the question. Default <c>question</c>.</summary>
    public string Question { get; init; } = "question";

    /// <summary>Field holding the gold answer (a string, a number, or an array whose first element is used). Default <c>answer</c>.</summary>
    public string Answer { get; init; } = "answer";

    /// <summary>Optional field holding a worked solution. Default <c>solution</c> (absent is fine).</summary>
    public string? Solution { get; init; } = "solution";

    /// <summary>Optional field holding the item id; when null or absent the 0-based line index is the id. Default <c>id</c>.</summary>
    public string? Id { get; init; } = "id";
}

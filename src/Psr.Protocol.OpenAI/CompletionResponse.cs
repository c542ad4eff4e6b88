namespace Psr.Protocol.OpenAI;

/// <summary>Body of a <c>/v1/completions</c> response.</summary>
/// <param name="Id">Response id.</param>
/// <param name="Object">Always <c>text_completion</c>.</param>
/// <param name="Created">Unix seconds.</param>
/// <param name="Model">Model that answered.</param>
/// <param name="Choices">The choices.</param>
/// <param name="Usage">Token counts.</param>
public sealed record CompletionResponse(
    string? Id, string? Object, long Created, string? Model, IReadOnlyList<CompletionChoice>? Choices, Usage? Usage);

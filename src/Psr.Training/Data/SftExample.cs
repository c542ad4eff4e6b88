namespace Psr.Training.Data;

/// <summary>One supervised example: the model sees <paramref name="Prompt"/> and learns to write <paramref name="Response"/>.</summary>
/// <param name="Prompt">Context text; its tokens carry no loss.</param>
/// <param name="Response">Target text; the loss is taken on its tokens only.</param>
public sealed record SftExample(string Prompt, string Response);

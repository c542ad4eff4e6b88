namespace Psr.Training.Data;

/// <summary>A tokenized preference pair; both sides share the same (possibly truncated) prompt ids.</summary>
public sealed record PreferencePair(PromptCompletion Chosen, PromptCompletion Rejected);

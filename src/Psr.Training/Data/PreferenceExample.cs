namespace Psr.Training.Data;

/// <summary>
/// One preference pair for DPO. In Step-DPO the prompt is the question plus the previous steps and the completions
/// are two candidate next steps.
/// </summary>
/// <param name="Prompt">Shared context; carries no loss.</param>
/// <param name="Chosen">The preferred completion.</param>
/// <param name="Rejected">The dispreferred completion.</param>
public sealed record PreferenceExample(string Prompt, string Chosen, string Rejected);

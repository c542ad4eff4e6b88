namespace Psr.Roles.Prompts;

/// <summary>How question and previous steps are written as the policy's prompt.</summary>
public enum PromptStyle
{
    /// <summary>The tiny world model's format: the question and each step on its own line.</summary>
    Lines,

    /// <summary>The paper's Figure 4 instruction, then <c>Step 1:…\nStep k:</c> (served real models).</summary>
    Paper,
}

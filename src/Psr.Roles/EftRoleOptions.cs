using Psr.Roles.Prompts;

namespace Psr.Roles;

/// <summary>What the served roles of real-data EFT need besides where they run.</summary>
/// <param name="PolicyPrompt">How the served policy is prompted for steps.</param>
/// <param name="AnnotatorMaxTokens">Most tokens of one strong-judge answer (Figure 5).</param>
/// <param name="AnnotatorTemperature">The strong judge's sampling temperature.</param>
public sealed record EftRoleOptions(PromptStyle PolicyPrompt, int AnnotatorMaxTokens, double AnnotatorTemperature);

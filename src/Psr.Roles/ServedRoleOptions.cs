using Psr.Roles.Prompts;

namespace Psr.Roles;

/// <summary>
/// What a stage's served policy and judge need besides where they run: the judge's prompt template and sampling, and
/// how the policy is prompted (<see cref="PromptStyle.Paper"/>: Figure 4 with <c>Step k:</c> headers, for real
/// models; <see cref="PromptStyle.Lines"/>: the built-in world's line format).
/// </summary>
/// <param name="JudgeTemplate">The judge's prompt and parser.</param>
/// <param name="JudgeMaxTokens">Most tokens of one judge answer.</param>
/// <param name="JudgeTemperature">The judge's sampling temperature.</param>
/// <param name="PolicyPrompt">How the policy's prefix is written.</param>
public sealed record ServedRoleOptions(
    JudgeTemplate JudgeTemplate, int JudgeMaxTokens, double JudgeTemperature, PromptStyle PolicyPrompt);

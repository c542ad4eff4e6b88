using System.Text.Json.Nodes;
using Psr.Pipeline.Search;
using Psr.Roles.Prompts;

namespace Psr.Extensions.External.Exports;

/// <summary>One row per pair in each trainer's layout (field names as documented in docs/exports.md).</summary>
public static class ExportRows
{
    /// <summary>TRL standard preference, explicit prompt: the completion continues the prompt text directly.</summary>
    public static JsonObject TrlPreference(StepPair p, PromptStyle style) => new()
    {
        ["prompt"] = StepPromptText.Prompt(style, p.Question, p.PreviousSteps),
        ["chosen"] = p.Chosen,
        ["rejected"] = p.Rejected,
    };

    /// <summary>TRL standard prompt-completion SFT row (the chosen step).</summary>
    public static JsonObject TrlSft(StepPair p, PromptStyle style) => new()
    {
        ["prompt"] = StepPromptText.Prompt(style, p.Question, p.PreviousSteps),
        ["completion"] = p.Chosen,
    };

    /// <summary>
    /// TRL conversational preference: the prompt is the user turn plus, when there is a prefix, a partial assistant
    /// turn (TRL then renders it with <c>continue_final_message</c>); chosen and rejected are assistant turns.
    /// </summary>
    public static JsonObject TrlConversationalPreference(StepPair p, PromptStyle style) => new()
    {
        ["prompt"] = ConversationPrompt(p, style),
        ["chosen"] = new JsonArray(Message("assistant", p.Chosen)),
        ["rejected"] = new JsonArray(Message("assistant", p.Rejected)),
    };

    /// <summary>TRL conversational prompt-completion SFT row.</summary>
    public static JsonObject TrlConversationalSft(StepPair p, PromptStyle style) => new()
    {
        ["prompt"] = ConversationPrompt(p, style),
        ["completion"] = new JsonArray(Message("assistant", p.Chosen)),
    };

    /// <summary>LLaMA-Factory alpaca ranking row: the previous steps go into <c>input</c> (it joins instruction and input).</summary>
    public static JsonObject LlamaFactoryAlpaca(StepPair p, PromptStyle style) => new()
    {
        ["instruction"] = StepPromptText.Instruction(style, p.Question),
        ["input"] = StepPromptText.Prefix(style, p.PreviousSteps),
        ["chosen"] = p.Chosen,
        ["rejected"] = p.Rejected,
    };

    /// <summary>LLaMA-Factory sharegpt ranking row: one human turn with the whole prompt, chosen/rejected gpt turns.</summary>
    public static JsonObject LlamaFactorySharegpt(StepPair p, PromptStyle style) => new()
    {
        ["conversations"] = new JsonArray(Turn("human", StepPromptText.Prompt(style, p.Question, p.PreviousSteps))),
        ["chosen"] = Turn("gpt", p.Chosen),
        ["rejected"] = Turn("gpt", p.Rejected),
    };

    /// <summary>LLaMA-Factory alpaca SFT row (the chosen step as output).</summary>
    public static JsonObject LlamaFactorySft(StepPair p, PromptStyle style) => new()
    {
        ["instruction"] = StepPromptText.Instruction(style, p.Question),
        ["input"] = StepPromptText.Prefix(style, p.PreviousSteps),
        ["output"] = p.Chosen,
    };

    /// <summary>
    /// Step-DPO's row: <c>prompt</c> is the raw question (its trainer applies its own template), the accepted steps
    /// are <c>initial_reason_steps</c>; in paper style chosen/rejected carry their <c>Step k:</c> header, as there.
    /// </summary>
    public static JsonObject StepDpo(StepPair p, PromptStyle style, string dataset)
    {
        var steps = StepPromptText.Prefix(style, p.PreviousSteps);
        var header = "";
        if (style == PromptStyle.Paper)
        {
            var at = steps.LastIndexOf("Step ", StringComparison.Ordinal);
            header = steps[at..];
            steps = steps[..at];
        }
        return new JsonObject
        {
            ["dataset"] = dataset,
            ["prompt"] = p.Question,
            ["initial_reason_steps"] = steps,
            ["chosen"] = header + p.Chosen,
            ["rejected"] = header + p.Rejected,
        };
    }

    private static JsonArray ConversationPrompt(StepPair p, PromptStyle style)
    {
        var messages = new JsonArray(Message("user", StepPromptText.Instruction(style, p.Question)));
        var prefix = StepPromptText.Prefix(style, p.PreviousSteps);
        if (prefix.Length > 0)
            messages.Add(Message("assistant", prefix));
        return messages;
    }

    private static JsonObject Message(string role, string content) => new() { ["role"] = role, ["content"] = content };

    private static JsonObject Turn(string from, string value) => new() { ["from"] = from, ["value"] = value };
}

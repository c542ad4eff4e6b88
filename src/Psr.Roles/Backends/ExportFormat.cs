namespace Psr.Roles.Backends;

/// <summary>Which Python trainer's dataset layout to write (schemas and sources in docs/exports.md).</summary>
public enum ExportFormat
{
    /// <summary>TRL standard: preference <c>{prompt, chosen, rejected}</c> strings; SFT <c>{prompt, completion}</c>.</summary>
    Trl,

    /// <summary>TRL conversational: the same keys holding lists of <c>{role, content}</c> messages.</summary>
    TrlConversational,

    /// <summary>LLaMA-Factory <c>ranking: true</c> datasets (alpaca and sharegpt) plus <c>dataset_info.json</c>.</summary>
    LlamaFactory,

    /// <summary>Step-DPO's rows: <c>{dataset, prompt, initial_reason_steps, chosen, rejected}</c>.</summary>
    StepDpo,
}

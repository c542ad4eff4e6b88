using System.Text.Json.Serialization;

namespace Psr.Protocol.OpenAI;

/// <summary>
/// Body of <c>POST /v1/completions</c> (the raw-prompt API vLLM and psr serve keep; OpenAI calls it legacy).
/// Sampling fields are nullable only so a server can tell "absent"; the psr client always sets them.
/// </summary>
public sealed record CompletionRequest
{
    /// <summary>Served model name.</summary>
    public required string Model { get; init; }

    /// <summary>The prompt text, or several prompts (one choice block of <see cref="N"/> per prompt).</summary>
    [JsonConverter(typeof(StringOrListConverter))]
    public required IReadOnlyList<string> Prompt { get; init; }

    /// <summary>Choices per prompt.</summary>
    public int? N { get; init; }

    /// <summary>Most tokens to generate per choice.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Sampling temperature; 0 is greedy.</summary>
    public double? Temperature { get; init; }

    /// <summary>Nucleus threshold.</summary>
    public double? TopP { get; init; }

    /// <summary>Seed of the request's sampling.</summary>
    public long? Seed { get; init; }

    /// <summary>Stop strings (a string or an array on the wire).</summary>
    [JsonConverter(typeof(StringOrListConverter))]
    public IReadOnlyList<string>? Stop { get; init; }

    /// <summary>Return log-probabilities of the sampled tokens and this many alternatives per position.</summary>
    public int? Logprobs { get; init; }

    /// <summary>Streaming is not supported by psr; sent as false, refused by psr serve when true.</summary>
    public bool? Stream { get; init; }
}

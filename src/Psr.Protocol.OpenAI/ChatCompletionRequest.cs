using System.Text.Json.Serialization;

namespace Psr.Protocol.OpenAI;

/// <summary>Body of <c>POST /v1/chat/completions</c>.</summary>
public sealed record ChatCompletionRequest
{
    /// <summary>Served model name.</summary>
    public required string Model { get; init; }

    /// <summary>The conversation.</summary>
    public required IReadOnlyList<ChatMessage> Messages { get; init; }

    /// <summary>Choices to return.</summary>
    public int? N { get; init; }

    /// <summary>Most tokens to generate per choice (older name, still accepted by OpenAI and vLLM).</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Most tokens to generate per choice (newer name; wins over <see cref="MaxTokens"/> when both are set).</summary>
    public int? MaxCompletionTokens { get; init; }

    /// <summary>Sampling temperature; 0 is greedy.</summary>
    public double? Temperature { get; init; }

    /// <summary>Nucleus threshold.</summary>
    public double? TopP { get; init; }

    /// <summary>Seed of the request's sampling.</summary>
    public long? Seed { get; init; }

    /// <summary>Stop strings (a string or an array on the wire).</summary>
    [JsonConverter(typeof(StringOrListConverter))]
    public IReadOnlyList<string>? Stop { get; init; }

    /// <summary>Return log-probabilities of the sampled tokens.</summary>
    public bool? Logprobs { get; init; }

    /// <summary>Alternatives per position when <see cref="Logprobs"/> is true.</summary>
    public int? TopLogprobs { get; init; }

    /// <summary>vLLM extension: continue the last (assistant) message instead of opening a new turn.</summary>
    public bool? ContinueFinalMessage { get; init; }

    /// <summary>vLLM extension: whether to append the assistant turn header (false when continuing).</summary>
    public bool? AddGenerationPrompt { get; init; }

    /// <summary>Streaming is not supported by psr; sent as false, refused by psr serve when true.</summary>
    public bool? Stream { get; init; }

    /// <summary>The token limit, whichever name carried it.</summary>
    [JsonIgnore]
    public int? TokenLimit => MaxCompletionTokens ?? MaxTokens;
}

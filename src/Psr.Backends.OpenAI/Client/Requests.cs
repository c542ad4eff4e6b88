using Psr.Protocol.OpenAI;

namespace Psr.Backends.OpenAI.Client;

/// <summary>Builds wire requests with every sampling field set explicitly.</summary>
internal static class Requests
{
    public static CompletionRequest Completion(string model, string prompt, RemoteSampling s) => new()
    {
        Model = model,
        Prompt = [prompt],
        N = s.N,
        MaxTokens = s.MaxTokens,
        Temperature = s.Temperature,
        TopP = s.TopP,
        Seed = s.Seed,
        Stop = s.Stop,
        Logprobs = s.TopLogprobs,
        Stream = false,
    };

    public static ChatCompletionRequest Chat(string model, RemotePrompt prompt, RemoteSampling s) => new()
    {
        Model = model,
        Messages = prompt.Messages ?? [],
        N = s.N,
        MaxTokens = s.MaxTokens,
        Temperature = s.Temperature,
        TopP = s.TopP,
        Seed = s.Seed,
        Stop = s.Stop,
        Logprobs = s.TopLogprobs is null ? null : true,
        TopLogprobs = s.TopLogprobs,
        ContinueFinalMessage = prompt.ContinueFinalMessage ? true : null,
        AddGenerationPrompt = prompt.ContinueFinalMessage ? false : null,
        Stream = false,
    };
}

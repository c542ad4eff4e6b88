namespace Psr.Backends.OpenAI.Client;

/// <summary>Which OpenAI-compatible route a role calls.</summary>
public enum EndpointApi
{
    /// <summary><c>/v1/completions</c>: the prompt is sent as raw text (best for prefix caching and base models).</summary>
    Completions,

    /// <summary><c>/v1/chat/completions</c>: the server applies the model's chat template.</summary>
    Chat,
}

namespace Psr.Roles.Backends;

/// <summary>Which OpenAI-compatible route a served role calls.</summary>
public enum EndpointRoute
{
    /// <summary><c>/v1/completions</c> (raw text prompt; what base models and the built-in world's models need).</summary>
    Completions,

    /// <summary><c>/v1/chat/completions</c> (the server applies its chat template).</summary>
    Chat,
}

using Psr.Backends.OpenAI.Client;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Prompts;

/// <summary>How a policy prefix (question + accepted steps) is written for an endpoint, and where a step ends.</summary>
public interface IPolicyPrompt
{
    /// <summary>Stop strings that end one step (sent with every request).</summary>
    IReadOnlyList<string> StepStops { get; }

    /// <summary>The prompt for <paramref name="prefix"/> on the given route.</summary>
    RemotePrompt Format(StepPrefix prefix, EndpointApi api);
}

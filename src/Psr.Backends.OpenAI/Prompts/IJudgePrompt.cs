using Psr.Backends.OpenAI.Client;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Prompts;

/// <summary>How one step comparison is written for an endpoint.</summary>
public interface IJudgePrompt
{
    /// <summary>Stop strings of the judge's answer (may be empty).</summary>
    IReadOnlyList<string> Stops { get; }

    /// <summary>The prompt for <paramref name="comparison"/> on the given route.</summary>
    RemotePrompt Format(StepComparison comparison, EndpointApi api);
}

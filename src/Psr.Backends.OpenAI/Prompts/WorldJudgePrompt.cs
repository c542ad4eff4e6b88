using Psr.Backends.OpenAI.Client;
using Psr.Protocol.OpenAI;
using Psr.Roles;
using Psr.World.Judging;
using Psr.World.RoleAdapters;

namespace Psr.Backends.OpenAI.Prompts;

/// <summary>
/// The built-in world's compact judge prompt (<see cref="JudgePrompt"/>), the same text the in-process judge sees;
/// the answer stops after the first verdict token (<c>]]</c>), as in-process. Read by <see cref="WorldVerdictParser"/>.
/// </summary>
public sealed class WorldJudgePrompt : IJudgePrompt
{
    /// <inheritdoc />
    public IReadOnlyList<string> Stops { get; } = ["]]"];

    /// <inheritdoc />
    public RemotePrompt Format(StepComparison comparison, EndpointApi api)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = JudgePrompt.Format(comparison.Question, comparison.PreviousSteps, comparison.CandidateA, comparison.CandidateB);
        return api == EndpointApi.Completions ? RemotePrompt.Raw(text) : RemotePrompt.Chat([new ChatMessage("user", text)]);
    }
}

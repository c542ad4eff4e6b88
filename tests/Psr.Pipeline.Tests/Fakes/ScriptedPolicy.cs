using Psr.Roles;

namespace Psr.Pipeline.Tests.Fakes;

/// <summary>Returns, per question, the next scripted candidate list; a text ending in "$" ends with EOS (the "$" removed).</summary>
internal sealed class ScriptedPolicy(Dictionary<string, Queue<string[]>> script) : IStepPolicy
{
    public ScriptedPolicy(params string[][] expansions) : this(new Dictionary<string, Queue<string[]>> { ["q"] = new(expansions) }) { }

    public int Calls { get; private set; }

    public List<StepPrefix> Prefixes { get; } = [];

    public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
    {
        Calls++;
        Prefixes.AddRange(prefixes);
        IReadOnlyList<IReadOnlyList<StepCandidate>> result = prefixes
            .Select(p => (IReadOnlyList<StepCandidate>)script[p.QuestionId].Dequeue().Select(ToCandidate).ToList())
            .ToList();
        return Task.FromResult(result);
    }

    private static StepCandidate ToCandidate(string text) => text.EndsWith('$')
        ? new StepCandidate(text[..^1], CandidateEnd.EndOfSequence)
        : new StepCandidate(text, CandidateEnd.StepBoundary);
}

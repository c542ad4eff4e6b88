using Psr.Core.Diagnostics;
using Psr.Model.Generation;
using Psr.Pipeline.SeedData;
using Psr.Roles;
using Psr.World.Judging;
using Psr.World.RoleAdapters;

namespace Psr.Pipeline.Adapters;

/// <summary>
/// The judge role over an in-process <see cref="TextGenerator"/>: writes the world's check lines and verdict greedily
/// from <see cref="JudgePrompt"/> and parses them with <see cref="JudgeOutputParser"/>. The verdict is the model's own
/// output; unparsed outputs become <see cref="JudgeVerdict.Unparsed"/> with the raw text kept. At a temperature above 0
/// each comparison samples from its own seed (per-row streams), so a verdict never depends on its batch. With
/// <paramref name="ownStep"/> (<see cref="JudgeCheck.OwnStep"/>) the model first writes its own next step greedily from
/// the policy's prompt, once per position, and each prompt carries that step's operation.
/// </summary>
public sealed class GeneratorStepJudge(TextGenerator generator, int maxJudgeTokens = 160, double temperature = 0,
    bool ownStep = false) : IStepJudge
{
    // Generation stops after the first verdict token; the parser reads only the first one anyway.
    private const string VerdictEnd = "]]";

    // A step line of the world is at most a few dozen characters; the oracle rejects lines over 160.
    private const int OwnStepTokens = 48;

    /// <inheritdoc />
    public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var own = ownStep ? OwnSteps(comparisons) : null;
        var requests = comparisons.Select((c, i) => new GenerationRequest(
            JudgePrompt.Format(c.Question, c.PreviousSteps, c.CandidateA, c.CandidateB, own?[i]),
            Seed: temperature > 0 ? c.Seed : null)).ToList();
        var options = new SamplingOptions { Temperature = temperature, MaxNewTokens = maxJudgeTokens, StopStrings = [VerdictEnd], LengthBuckets = true };
        var outputs = generator.Sample(requests, options);
        WorkMeter.Judged(comparisons.Count);
        IReadOnlyList<StepJudgment> result = outputs
            .Select(o => JudgmentMapping.From(JudgeOutputParser.Parse(o.StopString is null ? o.Text : o.Text + o.StopString)))
            .ToList();
        return Task.FromResult(result);
    }

    /// <summary>The model's own next operation for each comparison's position, one greedy step per distinct position.</summary>
    private string[] OwnSteps(IReadOnlyList<StepComparison> comparisons)
    {
        var prompts = comparisons.Select(c => PolicyPrompt.Format(c.Question, c.PreviousSteps)).ToArray();
        var distinct = prompts.Distinct(StringComparer.Ordinal).ToArray();
        var options = new SamplingOptions { Temperature = 0, MaxNewTokens = OwnStepTokens, StopStrings = [PolicyPrompt.LineEnd], LengthBuckets = true };
        var steps = generator.Sample(distinct.Select(p => new GenerationRequest(p)).ToList(), options);
        var byPrompt = distinct.Zip(steps).ToDictionary(x => x.First, x => OwnStep.FromStep(x.Second.Text), StringComparer.Ordinal);
        return prompts.Select(p => byPrompt[p]).ToArray();
    }
}

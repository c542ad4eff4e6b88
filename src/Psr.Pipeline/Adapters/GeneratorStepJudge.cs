using Psr.Core.Diagnostics;
using Psr.Model.Generation;
using Psr.Roles;
using Psr.World.Judging;
using Psr.World.RoleAdapters;

namespace Psr.Pipeline.Adapters;

/// <summary>
/// The judge role over an in-process <see cref="TextGenerator"/>: writes the world's check lines and verdict greedily
/// from <see cref="JudgePrompt"/> and parses them with <see cref="JudgeOutputParser"/>. The verdict is the model's own
/// output; unparsed outputs become <see cref="JudgeVerdict.Unparsed"/> with the raw text kept. At a temperature above 0
/// each comparison samples from its own seed (per-row streams), so a verdict never depends on its batch.
/// </summary>
public sealed class GeneratorStepJudge(TextGenerator generator, int maxJudgeTokens = 160, double temperature = 0) : IStepJudge
{
    // Generation stops after the first verdict token; the parser reads only the first one anyway.
    private const string VerdictEnd = "]]";

    /// <inheritdoc />
    public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var requests = comparisons.Select(c => new GenerationRequest(JudgePrompt.Format(c.Question, c.PreviousSteps, c.CandidateA, c.CandidateB),
            Seed: temperature > 0 ? c.Seed : null)).ToList();
        var options = new SamplingOptions { Temperature = temperature, MaxNewTokens = maxJudgeTokens, StopStrings = [VerdictEnd], LengthBuckets = true };
        var outputs = generator.Sample(requests, options);
        WorkMeter.Judged(comparisons.Count);
        IReadOnlyList<StepJudgment> result = outputs
            .Select(o => JudgmentMapping.From(JudgeOutputParser.Parse(o.StopString is null ? o.Text : o.Text + o.StopString)))
            .ToList();
        return Task.FromResult(result);
    }
}

using Psr.Model.Generation;
using Psr.Pipeline.Roles;
using Psr.World.Judging;

namespace Psr.Pipeline.Adapters;

/// <summary>
/// The judge role over an in-process <see cref="TextGenerator"/>: writes the world's check lines and verdict greedily
/// from <see cref="JudgePrompt"/> and parses them with <see cref="JudgeOutputParser"/>. The verdict is the model's own
/// output; unparsed outputs become <see cref="JudgeVerdict.Unparsed"/> with the raw text kept.
/// </summary>
public sealed class GeneratorStepJudge(TextGenerator generator, int maxJudgeTokens = 160) : IStepJudge
{
    // Generation stops after the first verdict token; the parser reads only the first one anyway.
    private const string VerdictEnd = "]]";

    /// <inheritdoc />
    public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var prompts = comparisons.Select(c => JudgePrompt.Format(c.Question, c.PreviousSteps, c.CandidateA, c.CandidateB)).ToList();
        var options = new SamplingOptions { Temperature = 0, MaxNewTokens = maxJudgeTokens, StopStrings = [VerdictEnd] };
        var outputs = generator.Sample(prompts, options);
        IReadOnlyList<StepJudgment> result = outputs
            .Select(o => JudgmentMapping.From(JudgeOutputParser.Parse(o.StopString is null ? o.Text : o.Text + o.StopString)))
            .ToList();
        return Task.FromResult(result);
    }
}

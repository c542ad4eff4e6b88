using Psr.Roles;
using Psr.World.Oracle;

namespace Psr.Pipeline.Adapters;

/// <summary>
/// The exact oracle as a judge, for measurement only ("search with the oracle judge"): each candidate is labelled by
/// <see cref="StepOracle"/>; one right → that one wins, both right → tie, both wrong → both wrong. A step after a wrong
/// prefix has no label (Unknown), and two unknowns tie. It never feeds the self-rewarding loop.
/// </summary>
public sealed class OracleStepJudge : IStepJudge
{
    /// <inheritdoc />
    public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
    {
        IReadOnlyList<StepJudgment> result = comparisons.Select(Judge).ToList();
        return Task.FromResult(result);
    }

    /// <summary>The oracle's judgment of one comparison.</summary>
    public static StepJudgment Judge(StepComparison c)
    {
        var a = Label(StepOracle.JudgeStep(c.Question, c.PreviousSteps, c.CandidateA).Label);
        var b = Label(StepOracle.JudgeStep(c.Question, c.PreviousSteps, c.CandidateB).Label);
        var verdict = (a, b) switch
        {
            (StepCorrectness.Correct, not StepCorrectness.Correct) => JudgeVerdict.A,
            (not StepCorrectness.Correct, StepCorrectness.Correct) => JudgeVerdict.B,
            (StepCorrectness.Wrong, StepCorrectness.Wrong) => JudgeVerdict.BothWrong,
            _ => JudgeVerdict.Tie,
        };
        return new StepJudgment(verdict, a, b, "oracle");
    }

    /// <summary>The role label of an oracle label.</summary>
    public static StepCorrectness Label(StepLabel label) => label switch
    {
        StepLabel.Correct => StepCorrectness.Correct,
        StepLabel.Wrong => StepCorrectness.Wrong,
        _ => StepCorrectness.Unknown,
    };
}

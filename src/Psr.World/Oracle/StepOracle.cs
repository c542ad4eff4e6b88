using Psr.World.Problems;

namespace Psr.World.Oracle;

/// <summary>
/// The exact step oracle of the built-in world: decides whether a model-written next step is correct given the
/// question and the previous steps (any valid order, commutative swaps accepted), and scores whole solutions. Never
/// throws on any text; inputs past <see cref="MaxLines"/> lines or <see cref="StepLineParser.MaxLineLength"/>
/// characters a line are judged without being read further. Allocates nothing per call.
/// </summary>
public static class StepOracle
{
    /// <summary>Most non-blank lines read from previous steps plus candidate, or from a solution.</summary>
    public const int MaxLines = 32;

    /// <summary>Judges <paramref name="candidate"/> after <paramref name="previousSteps"/> for a question text.</summary>
    public static StepVerdict JudgeStep(string? question, IReadOnlyList<string?>? previousSteps, string? candidate) =>
        ExpressionParser.TryParse(question, out var e, out _)
            ? JudgeStep(e, previousSteps, candidate)
            : StepVerdict.Unknown(StepReason.BadQuestion);

    /// <summary>
    /// Judges <paramref name="candidate"/> (one or more lines, e.g. a last step and the answer line) as the next step
    /// after <paramref name="previousSteps"/> (each may hold several lines). Unknown when the previous steps are not
    /// all correct.
    /// </summary>
    public static StepVerdict JudgeStep(Expression expression, IReadOnlyList<string?>? previousSteps, string? candidate)
    {
        Span<long> values = stackalloc long[Expression.MaxNodes];
        Span<bool> known = stackalloc bool[Expression.MaxNodes];
        var state = new ExpressionState(expression, values, known);
        var lines = 0;
        // An index loop: foreach over the interface would box the enumerator on every call.
        for (var i = 0; i < (previousSteps?.Count ?? 0); i++)
        {
            if (ApplyAll(ref state, previousSteps![i], ref lines) is { Label: not StepLabel.Correct })
                return StepVerdict.Unknown(StepReason.PrefixWrong);
        }
        var before = lines;
        var verdict = ApplyAll(ref state, candidate, ref lines);
        if (verdict.Label != StepLabel.Correct)
            return verdict;
        return lines == before ? StepVerdict.Wrong(StepReason.Empty) : StepVerdict.Correct;
    }

    /// <summary>Scores a whole solution text against <paramref name="expression"/>.</summary>
    public static SolutionScore ScoreSolution(Expression expression, string? solution)
    {
        Span<long> values = stackalloc long[Expression.MaxNodes];
        Span<bool> known = stackalloc bool[Expression.MaxNodes];
        var state = new ExpressionState(expression, values, known);
        var lines = 0;
        var firstWrong = -1;
        var reason = StepReason.Ok;
        foreach (var line in (solution ?? "").AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            if (lines == MaxLines)
            {
                (firstWrong, reason) = firstWrong < 0 ? (lines, StepReason.BadFormat) : (firstWrong, reason);
                break;
            }
            var v = state.Apply(StepLineParser.Parse(line));
            if (v.Label != StepLabel.Correct && firstWrong < 0)
                (firstWrong, reason) = (lines, v.Reason);
            lines++;
        }
        if (firstWrong < 0 && !state.Answered)
            (firstWrong, reason) = (lines, StepReason.MissingAnswer);
        var answer = AnswerExtractor.LastBoxedInteger(solution);
        return new SolutionScore(answer, answer == expression.Value, firstWrong < 0, firstWrong, reason, lines);
    }

    /// <summary>Applies every non-blank line of <paramref name="text"/>; stops at the first line that is not correct.</summary>
    private static StepVerdict ApplyAll(ref ExpressionState state, string? text, ref int lines)
    {
        foreach (var line in (text ?? "").AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            if (lines++ == MaxLines)
                return StepVerdict.Wrong(StepReason.BadFormat);
            var v = state.Apply(StepLineParser.Parse(line));
            if (v.Label != StepLabel.Correct)
                return v;
        }
        return StepVerdict.Correct;
    }
}

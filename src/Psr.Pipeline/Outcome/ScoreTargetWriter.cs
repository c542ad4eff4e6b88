using System.Globalization;
using System.Text;
using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Pipeline.Outcome;

/// <summary>
/// The oracle's whole-solution score in the built-in world: the additive 5-point rubric of Yuan et al. restated as
/// facts the oracle can check, one point each —
/// <list type="number">
/// <item>relevant: the first line is a correct step;</item>
/// <item>a substantial portion: at least half of the operations are done correctly before any wrong line;</item>
/// <item>the basic elements: every operation is done correctly before any wrong line;</item>
/// <item>a direct answer: the last <c>\boxed{}</c> holds the exact answer;</item>
/// <item>impeccable: every line is correct, the answer line ends it and nothing follows.</item>
/// </list>
/// The target shows the work, like the step judge's: the world's check line of each solution line up to and including
/// the first wrong one (<see cref="CheckLineWriter"/>), then <c>Score: k</c>.
/// </summary>
public static class ScoreTargetWriter
{
    /// <summary>
    /// The target for <paramref name="solution"/> of <paramref name="expression"/>, its columns' carries and comparisons
    /// written as <paramref name="style"/> says. Its check is always <see cref="JudgeCheck.Arithmetic"/>: a whole
    /// solution has no own step and no single ready operation to match.
    /// </summary>
    public static ScoreTarget Write(Expression expression, string solution, CheckStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        style = (style ?? CheckStyle.Default) with { Check = JudgeCheck.Arithmetic };
        var lines = CompactScorePrompt.Lines(solution);
        var shown = string.Join('\n', lines);
        WorldPosition.TryCreate(expression, [], out var position);
        var sb = new StringBuilder(48 * (lines.Count + 1));
        var correctLines = 0;
        foreach (var line in lines)
        {
            var mark = CheckLineWriter.Append(sb, position!, line, style);
            sb.Append('\n');
            if (mark != CandidateMark.Right || !position!.TryAdvance(line, out var next))
                break;
            position = next;
            correctLines++;
        }
        var ops = position!.StepsDone;
        var score = StepOracle.ScoreSolution(expression, shown);
        var points = Points(correctLines, ops, expression.OperationCount, score.FinalAnswerCorrect, score.ProcessCorrect);
        sb.Append("Score: ").Append(points.ToString(CultureInfo.InvariantCulture));
        return new ScoreTarget(sb.ToString(), points, correctLines, ops, score.FinalAnswerCorrect, score.ProcessCorrect);
    }

    /// <summary>The rubric's points (see the type's summary).</summary>
    public static int Points(int correctLines, int correctOperations, int operations, bool answerCorrect, bool processCorrect)
    {
        var points = 0;
        if (correctLines >= 1)
            points++;
        if (2 * correctOperations >= operations && correctLines >= 1)
            points++;
        if (correctOperations >= operations)
            points++;
        if (answerCorrect)
            points++;
        if (processCorrect)
            points++;
        return points;
    }
}

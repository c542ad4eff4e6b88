using Psr.World.Oracle;

namespace Psr.World.Tests.Oracle;

public sealed class StepOracleTests
{
    private const string Q = "(8+3)*6+7=?";

    [Theory]
    [InlineData("", "Step 1: 8+3=11", StepLabel.Correct, StepReason.Ok)]
    [InlineData("", "Step 1: 3+8=11", StepLabel.Correct, StepReason.Ok)]
    [InlineData("", "8 + 3 = 11", StepLabel.Correct, StepReason.Ok)]
    [InlineData("", "Step 1: 8+3=12", StepLabel.Wrong, StepReason.Arithmetic)]
    [InlineData("", "Step 1: 8*3=24", StepLabel.Wrong, StepReason.WrongOperation)]
    [InlineData("", "Step 1: 6+7=13", StepLabel.Wrong, StepReason.NotAvailable)]
    [InlineData("", "Step 2: 8+3=11", StepLabel.Wrong, StepReason.StepNumber)]
    [InlineData("", "Step 1: 08+3=11", StepLabel.Wrong, StepReason.BadFormat)]
    [InlineData("", "The answer is \\boxed{73}", StepLabel.Wrong, StepReason.PrematureAnswer)]
    [InlineData("", "   ", StepLabel.Wrong, StepReason.Empty)]
    [InlineData("", "Step 1: 8+3=11 and more", StepLabel.Wrong, StepReason.BadFormat)]
    [InlineData("Step 1: 8+3=11", "Step 2: 11*6=66", StepLabel.Correct, StepReason.Ok)]
    [InlineData("Step 1: 8+3=11", "Step 2: 6*11=66", StepLabel.Correct, StepReason.Ok)]
    [InlineData("Step 1: 8+3=11", "Step 2: 11*6=56", StepLabel.Wrong, StepReason.Arithmetic)]
    [InlineData("Step 1: 8+3=12", "Step 2: 12*6=72", StepLabel.Unknown, StepReason.PrefixWrong)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66", "Step 3: 66+7=73", StepLabel.Correct, StepReason.Ok)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66", "Step 3: 66+7=73\nThe answer is \\boxed{73}", StepLabel.Correct, StepReason.Ok)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66", "Step 3: 66+7=73\nThe answer is \\boxed{74}", StepLabel.Wrong, StepReason.WrongAnswer)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73", "The answer is \\boxed{73}", StepLabel.Correct, StepReason.Ok)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73", "Step 4: The answer is \\boxed{73}", StepLabel.Correct, StepReason.Ok)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73", "Step 4: 73+1=74", StepLabel.Wrong, StepReason.NotAvailable)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73\nThe answer is \\boxed{73}", "Step 4: 73+1=74", StepLabel.Wrong, StepReason.AfterAnswer)]
    public void Oracle_labels_a_candidate_after_previous_steps(string previous, string candidate, StepLabel label,
        StepReason reason)
    {
        // Given the question and previous steps as one block of text
        string[] prefix = previous.Length == 0 ? [] : [previous];

        // When the candidate is judged
        var verdict = StepOracle.JudgeStep(Q, prefix, candidate);

        // Then label and reason are as expected
        Assert.Equal(new StepVerdict(label, reason), verdict);
    }

    [Theory]
    [InlineData("20-(9-3)=?", "Step 1: 9-3=6", StepReason.Ok)]
    [InlineData("20-(9-3)=?", "Step 1: 3-9=-6", StepReason.NotAvailable)]
    [InlineData("20-(9-3)=?", "Step 1: 20-9=11", StepReason.NotAvailable)]
    [InlineData("84/7/3=?", "Step 1: 84/7=12", StepReason.Ok)]
    [InlineData("84/7/3=?", "Step 1: 7/3=2", StepReason.NotAvailable)]
    [InlineData("84/7/3=?", "Step 1: 84/7=13", StepReason.Arithmetic)]
    [InlineData("(2+3)*(2+3)=?", "Step 1: 3+2=5", StepReason.Ok)]
    public void Non_commutative_operations_keep_their_order(string question, string candidate, StepReason reason)
    {
        // When a first step is judged
        var verdict = StepOracle.JudgeStep(question, [], candidate);

        // Then the reason matches
        Assert.Equal(reason, verdict.Reason);
    }

    [Fact]
    public void An_unparseable_question_gives_unknown()
    {
        // When the question is not an expression
        var verdict = StepOracle.JudgeStep("what is two plus two?", [], "Step 1: 2+2=4");

        // Then the step is unknown for that reason
        Assert.Equal(StepVerdict.Unknown(StepReason.BadQuestion), verdict);
    }

    [Theory]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73\nThe answer is \\boxed{73}", 73L, true, true, -1, StepReason.Ok)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=67\nStep 3: 67+7=74\nThe answer is \\boxed{74}", 74L, false, false, 1, StepReason.Arithmetic)]
    [InlineData("Step 1: 8+3=12\nStep 2: 12*6=66\nThe answer is \\boxed{73}", 73L, true, false, 0, StepReason.Arithmetic)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73", null, false, false, 3, StepReason.MissingAnswer)]
    [InlineData("", null, false, false, 0, StepReason.MissingAnswer)]
    public void Oracle_scores_a_whole_solution(string solution, long? answer, bool answerCorrect, bool processCorrect,
        int firstWrong, StepReason reason)
    {
        // When the solution is scored
        var score = StepOracle.ScoreSolution(Psr.World.Problems.ExpressionParser.Parse(Q), solution);

        // Then answer and process are judged separately
        Assert.Equal((answer, answerCorrect, processCorrect, firstWrong, reason),
            (score.FinalAnswer, score.FinalAnswerCorrect, score.ProcessCorrect, score.FirstWrongLine, score.FirstWrongReason));
    }
}

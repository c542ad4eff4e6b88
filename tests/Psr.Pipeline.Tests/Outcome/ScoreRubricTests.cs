using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Stages;
using Psr.World.Judging;
using Psr.World.Problems;

namespace Psr.Pipeline.Tests.Outcome;

public sealed class ScoreRubricTests
{
    private static Expression Parse(string question) =>
        ExpressionParser.TryParse(question, out var e, out var error) ? e : throw new InvalidOperationException(error);

    [Theory]
    // (8+3)*6+7 = 73: three operations and the answer line
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73\nThe answer is \\boxed{73}", 5)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73", 3)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73\nThe answer is \\boxed{74}", 3)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=66", 2)]
    [InlineData("Step 1: 8+3=11\nStep 2: 11*6=56\nStep 3: 56+7=63\nThe answer is \\boxed{73}", 2)]
    [InlineData("Step 1: 8+3=12\nStep 2: 12*6=72\nStep 3: 72+7=79\nThe answer is \\boxed{73}", 1)]
    [InlineData("Step 1: 8+3=12", 0)]
    [InlineData("", 0)]
    public void The_oracle_awards_one_point_per_rubric_fact(string solution, int points)
    {
        // Given the problem (8+3)*6+7=?
        var e = Parse("(8+3)*6+7=?");

        // When
        var target = ScoreTargetWriter.Write(e, solution);

        // Then the points and the target's last line agree
        Assert.Equal(points, target.Points);
        Assert.EndsWith($"Score: {points}", target.Text, StringComparison.Ordinal);
        Assert.Equal((double)points, ScoreParser.Parse(target.Text));
    }

    [Fact]
    public void The_target_checks_lines_up_to_the_first_wrong_one()
    {
        // Given a solution whose second line is wrong and whose third would be right from there
        var e = Parse("(8+3)*6+7=?");

        // When
        var target = ScoreTargetWriter.Write(e, "Step 1: 8+3=11\nStep 2: 11*6=56\nStep 3: 56+7=63");

        // Then two check lines (right, wrong) and the score
        var lines = target.Text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(" right", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" wrong", lines[1], StringComparison.Ordinal);
        Assert.Equal(1, target.CorrectLines);
    }

    [Fact]
    public void The_scoring_targets_split_the_carry_when_the_judge_does_and_change_the_stage_hash()
    {
        // Given a solution whose products carry, and the default with judge.carry = Split
        var e = Parse("36*8+47*6=?");
        const string solution = "Step 1: 36*8=288\nStep 2: 47*6=282\nStep 3: 288+282=570\nThe answer is \\boxed{570}";
        var plain = RunPresets.Default;
        var split = plain with { Judge = plain.Judge with { Carry = ColumnCarry.Split } };

        // When the target is written both ways
        var (inline, splitTarget) = (ScoreTargetWriter.Write(e, solution), ScoreTargetWriter.Write(e, solution, new CheckStyle(Carry: ColumnCarry.Split)));

        // Then the points are the same, the split target writes 3*8=24+4=28 where the inline one writes 3*8+4=28, and
        // the scoring seed data is other data
        Assert.Equal((inline.Points, inline.CorrectLines), (splitTarget.Points, splitTarget.CorrectLines));
        Assert.Contains("3*8+4=28", inline.Text, StringComparison.Ordinal);
        Assert.Contains("3*8=24+4=28", splitTarget.Text, StringComparison.Ordinal);
        Assert.Equal(inline.Text.Replace("3*8+4=28", "3*8=24+4=28", StringComparison.Ordinal).Replace("4*6+4=28", "4*6=24+4=28", StringComparison.Ordinal)
            .Replace("8+8+1=17", "8+8=16+1=17", StringComparison.Ordinal).Replace("2+2+1=5", "2+2=4+1=5", StringComparison.Ordinal), splitTarget.Text);
        Assert.NotEqual(new ScoreEftStage(plain).ConfigHash, new ScoreEftStage(split).ConfigHash);
    }

    [Fact]
    public void The_scoring_targets_compare_from_the_left_when_the_judge_does()
    {
        // Given a solution with a wrong third digit
        var e = Parse("36*8+47*6=?");
        const string solution = "Step 1: 36*8=288\nStep 2: 47*6=282\nStep 3: 288+282=470";

        // When the target is written with comparisons from the right and from the left
        var (right, left) = (ScoreTargetWriter.Write(e, solution), ScoreTargetWriter.Write(e, solution, new CheckStyle(Order: DigitOrder.FromLeft)));

        // Then the points are the same and only the comparisons' direction differs
        Assert.Equal((right.Points, right.CorrectLines), (left.Points, left.CorrectLines));
        Assert.Contains(";570 vs 470: 0=0 7=7 5!4 wrong", right.Text, StringComparison.Ordinal);
        Assert.Contains(";570 vs 470: 5!4 wrong", left.Text, StringComparison.Ordinal);
        Assert.Contains(";288 vs 288: 2=2 8=8 8=8 right", left.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JudgeCheck.Matched)]
    [InlineData(JudgeCheck.OwnStep)]
    [InlineData(JudgeCheck.StateFirst)]
    public void The_scoring_targets_check_arithmetic_whatever_the_step_judges_check(JudgeCheck check)
    {
        // Given a solution with a wrong operand in its second line, and the step judge's check set to one that matches operations
        var e = Parse("36*8+47*6=?");
        const string solution = "Step 1: 36*8=288\nStep 2: 47*5=235\nStep 3: 288+235=523";

        // When the target is written with that style
        var (plain, styled) = (ScoreTargetWriter.Write(e, solution), ScoreTargetWriter.Write(e, solution, new CheckStyle(check)));

        // Then it is the arithmetic target: a whole solution has no own step or single ready operation to match
        Assert.Equal(plain, styled);
        Assert.Contains("47*5 not next wrong", styled.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The total is clear. Score: 4", 4.0)]
    [InlineData("Score:5", 5.0)]
    [InlineData("Score: 3.5 and later Score: 1", 3.5)]
    [InlineData("Score: 7", null)]
    [InlineData("score: 4", null)]
    [InlineData("no verdict", null)]
    [InlineData(null, null)]
    public void The_parser_reads_the_first_score_on_the_five_point_scale(string? output, double? expected)
    {
        // Given / When / Then
        Assert.Equal(expected, ScoreParser.Parse(output));
    }

    [Fact]
    public void The_paper_prompt_is_filled_once_and_keeps_the_verbatim_rubric()
    {
        // Given a response that itself contains a placeholder
        var prompt = PaperScorePrompt.Format("What is 2+2?", "It is {prompt} 4");

        // Then
        Assert.Contains("User: What is 2+2?\n<response>It is {prompt} 4</response>", prompt, StringComparison.Ordinal);
        Assert.StartsWith("Review the user's question and the corresponding response using the additive 5-point", prompt, StringComparison.Ordinal);
        Assert.Contains("Conclude with the score using the format: \"Score: <total points>\"", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_examples_cover_the_scale_and_their_targets_match_the_oracle()
    {
        // Given the smoke world's IFT problems
        var config = RunPresets.Smoke;
        var questions = new WorldQuestions(config);

        // When
        var examples = ScoreExampleBuilder.Draw(questions.Ift(), questions.Preset.Eft.Corruptions, 300, 5);

        // Then every example's target is the oracle's for its solution, and low, middle and full scores all occur
        var problems = questions.Ift().ToDictionary(p => p.Id);
        Assert.All(examples, x => Assert.Equal(ScoreTargetWriter.Write(problems[x.ProblemId].Expression, x.Solution).Text, x.Target));
        Assert.All(examples, x => Assert.Equal(CompactScorePrompt.Format(problems[x.ProblemId].Question, x.Solution), x.Prompt));
        Assert.Contains(examples, x => x.Points == 5);
        Assert.Contains(examples, x => x.Points <= 1);
        Assert.Contains(examples, x => x.Points is 2 or 3);
        Assert.Contains(examples, x => x.Variant == SolutionVariant.WrongAnswer && x.Points == 3);
    }
}

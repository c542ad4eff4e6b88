using System.Text;
using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Tests.Judging;

public sealed class JudgeFormatTests
{
    [Fact]
    public void Prompt_and_target_have_the_documented_form()
    {
        // Given a division step and a wrong quotient after one correct step
        var e = ExpressionParser.Parse("2+282/6=?");
        string[] prefix = [];

        // When the prompt and target are written
        var prompt = JudgePrompt.Format("2+282/6=?", prefix, "Step 1: 282/6=47", "Step 1: 282/6=48");
        JudgeExplanationWriter.TryWrite(e, prefix, "Step 1: 282/6=47", "Step 1: 282/6=48", out var target);

        // Then they read exactly as in docs/world.md
        Assert.Equal("Judge:\n2+282/6=?\nA: Step 1: 282/6=47\nB: Step 1: 282/6=48\nCheck:\n", prompt);
        Assert.Equal(
            "A: 47*6: 7*6=42,4*6+4=28;282 vs 282: 2=2 8=8 2=2 right\n" +
            "B: 48*6: 8*6=48,4*6+4=28;288 vs 282: 8!2 wrong\n" +
            "[[A]]", target!.Text);
    }

    [Theory]
    [InlineData("", "Now: 3*(9*(28/7))-18*2; ready: 28/7 18*2")]
    [InlineData("Step 1: 28/7=4", "Now: 3*(9*4)-18*2; ready: 9*4 18*2")]
    [InlineData("Step 1: 18*2=36\nStep 2: 28/7=4", "Now: 3*(9*4)-36; ready: 9*4")]
    [InlineData("Step 1: 28/7=4\nStep 2: 9*4=36\nStep 3: 3*36=108\nStep 4: 18*2=36", "Now: 108-36; ready: 108-36")]
    [InlineData("Step 1: 28/7=4\nStep 2: 9*4=36\nStep 3: 3*36=108\nStep 4: 18*2=36\nStep 5: 108-36=72", "Now: 72; ready: answer")]
    [InlineData("Step 1: 28/7=4\nStep 2: 9*4=36\nStep 3: 3*36=108\nStep 4: 18*2=36\nStep 5: 108-36=72\nThe answer is \\boxed{72}",
        "Now: 72; ready: none")]
    public void The_state_line_substitutes_the_previous_results_and_lists_the_ready_operations(string previous, string expected)
    {
        // Given a position in 3*(9*(28/7))-18*2 (steps may come in any valid order)
        string[] prefix = previous.Length == 0 ? [] : previous.Split("\n");
        Assert.True(WorldPosition.TryCreate(ExpressionParser.Parse("3*(9*(28/7))-18*2=?"), prefix, out var position));

        // When the state-first target is written for a wrong operand against the gold step
        var target = JudgeExplanationWriter.Write(position, "Step 1: 9*5=45", position.GoldNextStep, new CheckStyle(JudgeCheck.StateFirst));

        // Then its first line is the state, and the check lines and verdict follow as in the arithmetic form
        var lines = target.Text.Split('\n');
        Assert.Equal(expected, lines[0]);
        Assert.Equal(JudgeExplanationWriter.Write(position, "Step 1: 9*5=45", position.GoldNextStep).Text, string.Join('\n', lines[1..]));
        Assert.Equal(target.Verdict, JudgeOutputParser.Parse(target.Text).Verdict);
        Assert.Equal(position.Answered ? PairVerdict.None : PairVerdict.B, target.Verdict);
    }

    [Theory]
    [InlineData("", "Step 1: 51-17=34", "34+17: 4+7=11,3+1+1=5;51 vs 51: 1=1 5=5 right")]
    [InlineData("", "Step 1: 51-17=24", "24+17: 4+7=11,2+1+1=4;41 vs 51: 1=1 4!5 wrong")]
    [InlineData("", "Step 1: 51-17=-6", "neg wrong")]
    [InlineData("", "Step 1: 17-51=-34", "17-51 not next wrong")]
    [InlineData("", "Step 1: 51+17=68", "51+17 not next wrong")]
    [InlineData("", "Step 2: 51-17=34", "step 2!1 wrong")]
    [InlineData("", "51 minus 17", "bad wrong")]
    [InlineData("", "The answer is \\boxed{306}", "answer not done wrong")]
    [InlineData("Step 1: 51-17=34", "Step 2: 34*9=306", "34*9: 4*9=36,3*9+3=30;306 vs 306: 6=6 0=0 3=3 right")]
    [InlineData("Step 1: 51-17=34", "Step 2: 9*34=306", "34*9: 4*9=36,3*9+3=30;306 vs 306: 6=6 0=0 3=3 right")]
    [InlineData("Step 1: 51-17=34", "Step 2: 34*9=36", "34*9: 4*9=36,3*9+3=30;306 vs 36: 6=6 0!3 wrong")]
    [InlineData("Step 1: 51-17=34", "Step 2: 34*9=1306", "34*9: 4*9=36,3*9+3=30;306 vs 1306: 6=6 0=0 3=3 _!1 wrong")]
    [InlineData("Step 1: 51-17=34", "Step 2: 34*9=306\nThe answer is \\boxed{306}",
        "34*9: 4*9=36,3*9+3=30;306 vs 306: 6=6 0=0 3=3 & answer;306 vs 306: 6=6 0=0 3=3 right")]
    [InlineData("Step 1: 51-17=34\nStep 2: 34*9=306", "The answer is \\boxed{360}", "answer;306 vs 360: 6!0 wrong")]
    public void Check_lines_route_each_operation_through_single_digit_columns(string previous, string candidate,
        string expected)
    {
        // Given a position in (51-17)*9
        string[] prefix = previous.Length == 0 ? [] : [previous];
        WorldPosition.TryCreate(ExpressionParser.Parse("(51-17)*9=?"), prefix, out var position);

        // When the candidate's check line is written
        var sb = new StringBuilder();
        CheckLineWriter.Append(sb, position!, candidate);

        // Then it reads as expected
        Assert.Equal(expected, sb.ToString());
    }

    [Theory]
    [InlineData(JudgeCheck.Matched, "", "Step 1: 51-17=34", "51-17 vs 51-17: 7=7 1=1 -=- 1=1 5=5; 34+17: 4+7=11,3+1+1=5;51 vs 51: 1=1 5=5 right")]
    [InlineData(JudgeCheck.Matched, "", "Step 1: 52-17=35", "52-17 vs 51-17: 7=7 1=1 -=- 2!1 wrong")]
    [InlineData(JudgeCheck.Matched, "", "Step 1: 51+17=68", "51+17 vs 51-17: 7=7 1=1 +!- wrong")]
    [InlineData(JudgeCheck.Matched, "", "Step 1: 17-51=-34", "17-51 vs 51-17: 1!7 wrong")]
    [InlineData(JudgeCheck.Matched, "", "Step 2: 51-17=34", "step 2!1 wrong")]
    [InlineData(JudgeCheck.Matched, "", "The answer is \\boxed{306}", "answer not done wrong")]
    [InlineData(JudgeCheck.Matched, "Step 1: 51-17=34", "Step 2: 9*34=306", "9*34 vs 9*34: 4=4 3=3 *=* 9=9; 34*9: 4*9=36,3*9+3=30;306 vs 306: 6=6 0=0 3=3 right")]
    [InlineData(JudgeCheck.Matched, "Step 1: 51-17=34", "Step 2: 34*8=272", "34*8 vs 34*9: 8!9 wrong")]
    [InlineData(JudgeCheck.Matched, "Step 1: 51-17=34\nStep 2: 34*9=306", "Step 3: 306*2=612", "306*2 not next wrong")]
    [InlineData(JudgeCheck.ReadyFirst, "", "Step 1: 51-17=34", "51-17 vs 51-17: 7=7 1=1 -=- 1=1 5=5; 34+17: 4+7=11,3+1+1=5;51 vs 51: 1=1 5=5 right")]
    [InlineData(JudgeCheck.ReadyFirst, "", "Step 1: 52-17=35", "51-17 vs 52-17: 7=7 1=1 -=- 1!2 wrong")]
    [InlineData(JudgeCheck.ReadyFirst, "", "Step 1: 51+17=68", "51-17 vs 51+17: 7=7 1=1 -!+ wrong")]
    [InlineData(JudgeCheck.ReadyFirst, "", "Step 1: 17-51=-34", "51-17 vs 17-51: 7!1 wrong")]
    [InlineData(JudgeCheck.ReadyFirst, "Step 1: 51-17=34", "Step 2: 34*8=272", "34*9 vs 34*8: 9!8 wrong")]
    [InlineData(JudgeCheck.ReadyFirst, "Step 1: 51-17=34\nStep 2: 34*9=306", "Step 3: 306*2=612", "306*2 not next wrong")]
    [InlineData(JudgeCheck.OwnStep, "", "Step 1: 52-17=35", "51-17 vs 52-17: 7=7 1=1 -=- 1!2 wrong")]
    [InlineData(JudgeCheck.OwnStep, "Step 1: 51-17=34", "Step 2: 9*34=306", "9*34 vs 9*34: 4=4 3=3 *=* 9=9; 34*9: 4*9=36,3*9+3=30;306 vs 306: 6=6 0=0 3=3 right")]
    public void Matched_check_lines_compare_each_operation_with_the_ready_one_in_the_asked_order(JudgeCheck check, string previous,
        string candidate, string expected)
    {
        // Given a position in (51-17)*9
        var prefix = previous.Length == 0 ? [] : previous.Split('\n');
        WorldPosition.TryCreate(ExpressionParser.Parse("(51-17)*9=?"), prefix, out var position);

        // When the candidate's matched check line is written
        var sb = new StringBuilder();
        var mark = CheckLineWriter.Append(sb, position!, candidate, new CheckStyle(check));

        // Then it compares the operation (the candidate's or the ready one first, as asked) before any route, and its
        // mark is still the oracle's
        Assert.Equal(expected, sb.ToString());
        Assert.Equal(position!.Judge(candidate).Label == StepLabel.Correct, mark == CandidateMark.Right);
    }

    [Theory]
    [InlineData(JudgeCheck.Arithmetic, "Step 2: 34*9=306", "step 2=2; 34*9: 4*9=36,3*9+3=30;306 vs 306: 6=6 0=0 3=3 right")]
    [InlineData(JudgeCheck.Arithmetic, "Step 3: 34*9=306", "step 3!2 wrong")]
    [InlineData(JudgeCheck.Arithmetic, "34*9=306", "34*9: 4*9=36,3*9+3=30;306 vs 306: 6=6 0=0 3=3 right")]
    [InlineData(JudgeCheck.Arithmetic, "The answer is \\boxed{306}", "answer not done wrong")]
    [InlineData(JudgeCheck.OwnStep, "Step 2: 34*8=272", "step 2=2; 34*9 vs 34*8: 9!8 wrong")]
    public void Always_checked_a_numbered_steps_number_comes_first_and_an_unnumbered_line_has_none(JudgeCheck check, string candidate,
        string expected)
    {
        // Given a position after one step of (51-17)*9
        WorldPosition.TryCreate(ExpressionParser.Parse("(51-17)*9=?"), ["Step 1: 51-17=34"], out var position);

        // When the candidate's check line is written with every step number checked
        var sb = new StringBuilder();
        var mark = CheckLineWriter.Append(sb, position!, candidate, new CheckStyle(check, StepNumbers: StepNumberCheck.Always));

        // Then a numbered step starts with its number against the expected one, and the mark is still the oracle's
        Assert.Equal(expected, sb.ToString());
        Assert.Equal(position!.Judge(candidate).Label == StepLabel.Correct, mark == CandidateMark.Right);
    }

    [Theory]
    [InlineData("(51-17)*9=?", "Step 1: 51-17=34", "Step 2: 9*34=306", "34*9 vs 9*34: 3!9 swap 9*34 vs 9*34: 9=9 *=* 3=3 4=4; 34*9: 4*9=36,3*9+3=30;306 vs 306: 3=3 0=0 6=6 right")]
    [InlineData("(51-17)*9=?", "Step 1: 51-17=34", "Step 2: 34*9=306", "34*9 vs 34*9: 3=3 4=4 *=* 9=9; 34*9: 4*9=36,3*9+3=30;306 vs 306: 3=3 0=0 6=6 right")]
    [InlineData("(51-17)*9=?", "Step 1: 51-17=34", "Step 2: 34*8=272", "34*9 vs 34*8: 3=3 4=4 *=* 9!8 swap 9*34 vs 34*8: 9!3 wrong")]
    [InlineData("(51-17)*9=?", "Step 1: 51-17=34", "Step 2: 8*34=272", "34*9 vs 8*34: 3!8 swap 9*34 vs 8*34: 9!8 wrong")]
    [InlineData("(51-17)*9=?", "Step 1: 51-17=34", "Step 2: 34+9=43", "34*9 vs 34+9: 3=3 4=4 *!+ swap 9*34 vs 34+9: 9!3 wrong")]
    [InlineData("(51-17)*9=?", "", "Step 1: 52-17=35", "51-17 vs 52-17: 5=5 1!2 wrong")]
    // 27*4-18*2: two ready products, the leftmost the own line's; another ready one is said to be ready before its route
    [InlineData("3*9*4-18*2=?", "Step 1: 3*9=27", "Step 2: 18*2=36", "27*4 vs 18*2: 2!1 swap 4*27 vs 18*2: 4!1 ready; 18*2: 8*2=16,1*2+1=3;36 vs 36: 3=3 6=6 right")]
    [InlineData("3*9*4-18*2=?", "Step 1: 3*9=27", "Step 2: 2*18=36", "27*4 vs 2*18: 2=2 7!* swap 4*27 vs 2*18: 4!2 ready; 18*2: 8*2=16,1*2+1=3;36 vs 36: 3=3 6=6 right")]
    [InlineData("3*9*4-18*2=?", "Step 1: 3*9=27", "Step 2: 18*3=54", "27*4 vs 18*3: 2!1 swap 4*27 vs 18*3: 4!1 wrong")]
    public void Own_then_swap_compares_every_operation_with_the_own_line_then_with_it_swapped(string expression, string previous,
        string candidate, string expected)
    {
        // Given a position whose own line is the leftmost ready operation
        WorldPosition.TryCreate(ExpressionParser.Parse(expression), previous.Length == 0 ? [] : [previous], out var position);

        // When the candidate's own-step check line is written from the left
        var sb = new StringBuilder();
        var mark = CheckLineWriter.Append(sb, position!, candidate, new CheckStyle(JudgeCheck.OwnStep, Order: DigitOrder.FromLeft, Ready: ReadyCompare.OwnThenSwap));

        // Then the own line's operation comes first, its swap second where a commutative one differs (a subtraction has
        // none), then "ready" for another ready operation, and the mark is the oracle's
        Assert.Equal(expected, sb.ToString());
        Assert.Equal(position!.Judge(candidate).Label == StepLabel.Correct, mark == CandidateMark.Right);
    }

    [Fact]
    public void A_wrong_operand_is_matched_with_the_ready_operation_it_resembles_most()
    {
        // Given 3*(9*4)-18*2 with two ready products
        WorldPosition.TryCreate(ExpressionParser.Parse("3*(9*(28/7))-18*2=?"), ["Step 1: 28/7=4"], out var position);

        // When a wrong operand of the second is checked
        var sb = new StringBuilder();
        CheckLineWriter.Append(sb, position!, "Step 2: 18*3=54", new CheckStyle(JudgeCheck.Matched));

        // Then it is compared with 18*2, not with the leftmost 9*4
        Assert.Equal("18*3 vs 18*2: 3!2 wrong", sb.ToString());
    }

    [Fact]
    public void Beside_the_judges_own_step_a_wrong_operand_is_matched_with_the_leftmost_ready_operation()
    {
        // Given 3*(9*4)-18*2 with two ready products, the leftmost (9*4) being the one the Own: line holds
        WorldPosition.TryCreate(ExpressionParser.Parse("3*(9*(28/7))-18*2=?"), ["Step 1: 28/7=4"], out var position);

        // When a wrong operand of the second is checked, and the second itself
        var (wrong, right) = (new StringBuilder(), new StringBuilder());
        CheckLineWriter.Append(wrong, position!, "Step 2: 18*3=54", new CheckStyle(JudgeCheck.OwnStep));
        var mark = CheckLineWriter.Append(right, position!, "Step 2: 18*2=36", new CheckStyle(JudgeCheck.OwnStep));

        // Then the wrong one is compared with 9*4, and a ready candidate with itself, still right
        Assert.Equal("9*4 vs 18*3: 4!3 wrong", wrong.ToString());
        Assert.StartsWith("18*2 vs 18*2: ", right.ToString(), StringComparison.Ordinal);
        Assert.Equal(CandidateMark.Right, mark);
    }

    [Theory]
    [InlineData(282L, 38L, "2+8=10,8+3+1=12,2+1=3", ColumnCarry.Inline)]
    [InlineData(95L, 8L, "5+8=13,9+1=10", ColumnCarry.Inline)]
    [InlineData(282L, 7L, "2+7=9,8,2", ColumnCarry.Inline)]
    [InlineData(0L, 5L, "0+5=5", ColumnCarry.Inline)]
    [InlineData(282L, 38L, "2+8=10,8+3=11+1=12,2+1=3", ColumnCarry.Split)]
    [InlineData(95L, 8L, "5+8=13,9+1=10", ColumnCarry.Split)]
    [InlineData(282L, 7L, "2+7=9,8,2", ColumnCarry.Split)]
    [InlineData(99L, 1L, "9+1=10,9+1=10", ColumnCarry.Split)]
    public void Sums_are_written_column_by_column_with_carries(long x, long y, string expected, ColumnCarry carry)
    {
        // When a sum's columns are written (Split: a column with two digits and a carry adds the carry to their sum)
        var sb = new StringBuilder();
        var sum = ColumnCheck.AppendSum(sb, x, y, carry);

        // Then the text and value are right
        Assert.Equal((expected, x + y), (sb.ToString(), sum));
    }

    [Theory]
    [InlineData("116", "106", DigitOrder.FromRight, " 6=6 1!0", false)]
    [InlineData("90", "190", DigitOrder.FromRight, " 0=0 9=9 _!1", false)]
    [InlineData("282", "282", DigitOrder.FromRight, " 2=2 8=8 2=2", true)]
    [InlineData("116", "106", DigitOrder.FromLeft, " 1=1 1!0", false)]
    [InlineData("123", "124", DigitOrder.FromLeft, " 1=1 2=2 3!4", false)]
    [InlineData("19", "190", DigitOrder.FromLeft, " 1=1 9=9 _!0", false)]
    [InlineData("190", "19", DigitOrder.FromLeft, " 1=1 9=9 0!_", false)]
    [InlineData("282", "282", DigitOrder.FromLeft, " 2=2 8=8 2=2", true)]
    [InlineData("14/2", "16/2", DigitOrder.FromLeft, " 1=1 4!6", false)]
    public void Comparisons_run_from_the_chosen_end_to_the_first_difference(string computed, string claimed, DigitOrder order,
        string expected, bool equal)
    {
        // When two strings are compared from the right or from the left
        var sb = new StringBuilder();
        var same = ColumnCheck.AppendComparison(sb, computed, claimed, order);

        // Then the pairs stop at the first difference (a shorter string runs out as _) and equality is exact
        Assert.Equal((expected, equal), (sb.ToString(), same));
        Assert.Equal(computed == claimed, same);
    }

    [Theory]
    [InlineData(47L, 6L, "7*6=42,4*6=24+4=28")]
    [InlineData(36L, 8L, "6*8=48,3*8=24+4=28")]
    [InlineData(21L, 3L, "1*3=3,2*3=6")]
    [InlineData(999L, 9L, "9*9=81,9*9=81+8=89,9*9=81+8=89")]
    public void Split_products_add_the_carry_to_the_columns_own_product(long x, long d, string expected)
    {
        // When a product's columns are written with the carry split off, and inline
        var (split, inline) = (new StringBuilder(), new StringBuilder());
        var product = ColumnCheck.AppendProduct(split, x, d, ColumnCarry.Split);
        ColumnCheck.AppendProduct(inline, x, d);

        // Then every column is its single-digit product, then the carry; without a carry both forms are the same
        Assert.Equal((expected, x * d), (split.ToString(), product));
        Assert.Equal(expected.Contains('+', StringComparison.Ordinal), split.ToString() != inline.ToString());
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Psr.World.Eft;
using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Presets;
using Psr.World.Splits;

namespace Psr.World.Tests.Judging;

public sealed class JudgeRoundTripTests
{
    [Theory]
    [InlineData("default", JudgeCheck.Arithmetic)]
    [InlineData("hard", JudgeCheck.Arithmetic)]
    [InlineData("inverse", JudgeCheck.Arithmetic)]
    [InlineData("default", JudgeCheck.StateFirst)]
    [InlineData("hard", JudgeCheck.StateFirst)]
    [InlineData("default", JudgeCheck.Matched)]
    [InlineData("hard", JudgeCheck.Matched)]
    [InlineData("inverse", JudgeCheck.StateMatched)]
    [InlineData("default", JudgeCheck.ReadyFirst)]
    [InlineData("hard", JudgeCheck.ReadyFirst)]
    [InlineData("default", JudgeCheck.OwnStep)]
    [InlineData("inverse", JudgeCheck.OwnStep)]
    [InlineData("default", JudgeCheck.Arithmetic, ColumnCarry.Split)]
    [InlineData("hard", JudgeCheck.OwnStep, ColumnCarry.Split)]
    [InlineData("default", JudgeCheck.OwnStepLast)]
    [InlineData("inverse", JudgeCheck.OwnStepLast)]
    [InlineData("hard", JudgeCheck.OwnStepLast, ColumnCarry.Split)]
    [InlineData("default", JudgeCheck.Arithmetic, ColumnCarry.Inline, DigitOrder.FromLeft)]
    [InlineData("hard", JudgeCheck.OwnStep, ColumnCarry.Split, DigitOrder.FromLeft)]
    [InlineData("inverse", JudgeCheck.OwnStepLast, ColumnCarry.Inline, DigitOrder.FromLeft)]
    [InlineData("default", JudgeCheck.OwnStep, ColumnCarry.Split, DigitOrder.FromLeft, StepNumberCheck.Always)]
    [InlineData("hard", JudgeCheck.Arithmetic, ColumnCarry.Inline, DigitOrder.FromRight, StepNumberCheck.Always)]
    [InlineData("default", JudgeCheck.OwnStep, ColumnCarry.Split, DigitOrder.FromLeft, StepNumberCheck.OnMismatch, ReadyCompare.OwnThenSwap)]
    [InlineData("hard", JudgeCheck.OwnStep, ColumnCarry.Inline, DigitOrder.FromRight, StepNumberCheck.Always, ReadyCompare.OwnThenSwap)]
    public void The_parser_recovers_the_writers_marks_and_verdict_in_both_orders(string presetName, JudgeCheck check,
        ColumnCarry carry = ColumnCarry.Inline, DigitOrder order = DigitOrder.FromRight, StepNumberCheck steps = StepNumberCheck.OnMismatch,
        ReadyCompare ready = ReadyCompare.Itself)
    {
        // Given many EFT pairs of every kind
        var preset = WorldPresets.Get(presetName);
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, 500, 9);
        var sampler = new EftSampler(preset.Eft with { RightVsRightWeight = 30, WrongVsWrongWeight = 30 }, problems);
        var rng = new Random(2);
        var verdicts = new HashSet<PairVerdict>();

        for (var i = 0; i < 4_000; i++)
        {
            var ex = sampler.Next(rng);
            var problem = problems.First(p => p.Id == ex.ProblemId);
            var prefix = PrefixOf(ex.Prompt, problem.Question);
            WorldPosition.TryCreate(problem.Expression, prefix, out var position);

            // When each order is written and parsed back
            foreach (var (a, b) in new[] { (ex.CandidateA, ex.CandidateB), (ex.CandidateB, ex.CandidateA) })
            {
                var target = JudgeExplanationWriter.Write(position!, a, b, new CheckStyle(check, carry, order, steps, ready));
                var parse = JudgeOutputParser.Parse(target.Text);
                var harness = HarnessComparison.Judge(target.Text, a, b);

                // Then marks and verdict round-trip, agree with the oracle, and the harness option agrees too
                Assert.True(parse.Parsed && parse.Consistent, target.Text);
                Assert.Equal((target.MarkA, target.MarkB, target.Verdict), (parse.MarkA, parse.MarkB, parse.Verdict));
                Assert.Equal(Mark(position!.Judge(a)), target.MarkA);
                Assert.Equal(Mark(position.Judge(b)), target.MarkB);
                Assert.Equal(target.Verdict, harness.Verdict);
                verdicts.Add(parse.Verdict);
            }
        }
        Assert.Equal(4, verdicts.Count);
    }

    [Fact]
    public void A_state_first_sampler_writes_the_state_line_first_and_the_same_marks()
    {
        // Given the same draws under both checks
        var preset = WorldPresets.Get("default");
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, 200, 4);
        var plain = new EftSampler(preset.Eft, problems);
        var state = new EftSampler(preset.Eft with { Style = new CheckStyle(JudgeCheck.StateFirst) }, problems);
        var (r1, r2) = (new Random(5), new Random(5));

        for (var i = 0; i < 500; i++)
        {
            var (p, s) = (plain.Next(r1), state.Next(r2));

            // Then the pair, prompt and marks are the same; only the target's first line is new
            Assert.Equal((p.Prompt, p.MarkA, p.MarkB, p.Verdict), (s.Prompt, s.MarkA, s.MarkB, s.Verdict));
            Assert.StartsWith(JudgeFormat.NowPrefix, s.Target, StringComparison.Ordinal);
            Assert.Equal(p.Target, s.Target[(s.Target.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        }
    }

    [Theory]
    [InlineData(JudgeCheck.Arithmetic)]
    [InlineData(JudgeCheck.OwnStep)]
    public void A_split_carry_sampler_draws_the_same_pairs_and_writes_only_right_two_term_facts(JudgeCheck check)
    {
        // Given the same draws with the carry inline and split
        var fact = new Regex(@"(?<![\d=!])(\d)([+*])(\d)=(\d+)(?:\+(\d)=(\d+))?");
        var (carries, facts) = (0, 0);

        foreach (var (p, s) in SameDraws(e => e with { Style = new CheckStyle(check) }, e => e with { Style = new CheckStyle(check, ColumnCarry.Split) }))
        {

            // Then prompt, marks and verdict are the same, the texts differ only where a column has a carry, and every
            // fact of a split target is two terms with the right value
            Assert.Equal((p.Prompt, p.MarkA, p.MarkB, p.Verdict), (s.Prompt, s.MarkA, s.MarkB, s.Verdict));
            Assert.DoesNotMatch(@"\d[+*]\d\+\d=", s.Target);
            Assert.Equal(Regex.IsMatch(p.Target, @"(?<!\d)\d[+*]\d\+\d="), p.Target != s.Target);
            foreach (Match m in fact.Matches(s.Target))
            {
                var (a, b) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
                var own = m.Groups[2].Value == "+" ? a + b : a * b;
                Assert.Equal(own, int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture));
                facts++;
                if (m.Groups[5].Success)
                {
                    Assert.Equal(own + int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture));
                    carries++;
                }
            }
        }
        Assert.True(carries > 100 && facts > 500, $"{carries} carries in {facts} facts");
    }

    [Theory]
    [InlineData(JudgeCheck.Arithmetic)]
    [InlineData(JudgeCheck.OwnStep)]
    public void A_from_left_sampler_draws_the_same_pairs_and_starts_every_comparison_at_the_first_character(JudgeCheck check)
    {
        // Given the same draws with comparisons from the right and from the left
        var comparison = new Regex(@"(\S+) vs (\S+):((?: \S[=!]\S)+)");
        var (compared, differing) = (0, 0);

        foreach (var (p, l) in SameDraws(e => e with { Style = new CheckStyle(check, ColumnCarry.Split) },
                     e => e with { Style = new CheckStyle(check, ColumnCarry.Split, DigitOrder.FromLeft) }))
        {

            // Then prompt, marks and verdict are the same, and every comparison of the from-left target pairs the two
            // strings' characters from their first, left-aligned, up to the first difference
            Assert.Equal((p.Prompt, p.MarkA, p.MarkB, p.Verdict), (l.Prompt, l.MarkA, l.MarkB, l.Verdict));
            differing += p.Target != l.Target ? 1 : 0;
            foreach (Match m in comparison.Matches(l.Target))
            {
                var (x, y) = (m.Groups[1].Value.Split(';')[^1], m.Groups[2].Value);
                var sb = new System.Text.StringBuilder();
                ColumnCheck.AppendComparison(sb, x, y, DigitOrder.FromLeft);
                Assert.Equal(sb.ToString(), m.Groups[3].Value);
                Assert.Equal(x[0], m.Groups[3].Value[1]);
                compared++;
            }
        }
        Assert.True(compared > 500 && differing > 300, $"{compared} comparisons, {differing} targets differ");
    }

    [Theory]
    [InlineData(JudgeCheck.Arithmetic)]
    [InlineData(JudgeCheck.OwnStep)]
    public void An_always_step_number_sampler_draws_the_same_pairs_and_checks_every_numbered_steps_number_first(JudgeCheck check)
    {
        // Given the same draws with the step number checked only when wrong and every time
        var (checkedRight, differing) = (0, 0);
        foreach (var (m, a) in SameDraws(e => e with { Style = new CheckStyle(check, ColumnCarry.Split, DigitOrder.FromLeft) },
                     e => e with { Style = new CheckStyle(check, ColumnCarry.Split, DigitOrder.FromLeft, StepNumberCheck.Always) }))
        {
            // Then prompt, marks and verdict are the same, and the always target is the other with "step n=n; " before
            // each check of a step numbered n, the number the previous steps imply
            Assert.Equal((m.Prompt, m.MarkA, m.MarkB, m.Verdict), (a.Prompt, a.MarkA, a.MarkB, a.Verdict));
            var expected = PrefixOf(a.Prompt, a.Prompt.Split('\n')[1]).Count + 1;
            Assert.Equal(m.Target, Regex.Replace(a.Target, @"step (\d+)=\1; ", ""));
            foreach (Match step in Regex.Matches(a.Target, @"(?:^[AB]: |& )step (\d+)=(\d+); ", RegexOptions.Multiline))
            {
                // a candidate's first line has the number the previous steps imply; a later line of the same candidate follows on
                var n = int.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture);
                Assert.Equal(step.Groups[1].Value, step.Groups[2].Value);
                Assert.True(step.Value[0] == '&' ? n > expected : n == expected, $"{step.Value} after {expected - 1} steps");
                checkedRight += n == expected ? 1 : 0;
            }
            differing += m.Target != a.Target ? 1 : 0;
        }
        Assert.True(checkedRight > 500 && differing > 300, $"{checkedRight} step checks, {differing} targets differ");
    }

    [Theory]
    [InlineData(JudgeCheck.Matched)]
    [InlineData(JudgeCheck.StateMatched)]
    [InlineData(JudgeCheck.ReadyFirst)]
    public void A_matched_sampler_draws_the_same_pairs_and_compares_every_operation_before_its_route(JudgeCheck check)
    {
        // Given the same draws under the arithmetic check and a matched one
        var preset = WorldPresets.Get("default");
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, 200, 4);
        var plain = new EftSampler(preset.Eft, problems);
        var matched = new EftSampler(preset.Eft with { Style = new CheckStyle(check) }, problems);
        var (r1, r2) = (new Random(5), new Random(5));
        var compared = 0;

        for (var i = 0; i < 500; i++)
        {
            var (p, m) = (plain.Next(r1), matched.Next(r2));

            // Then the pair, prompt and marks are the same, the state line comes first only where asked, and every
            // route of the arithmetic check follows a comparison of its operation
            Assert.Equal((p.Prompt, p.MarkA, p.MarkB, p.Verdict), (m.Prompt, m.MarkA, m.MarkB, m.Verdict));
            Assert.Equal(check == JudgeCheck.StateMatched, m.Target.StartsWith(JudgeFormat.NowPrefix, StringComparison.Ordinal));
            foreach (var line in p.Target.Split('\n').Where(l => l.Contains(" vs ", StringComparison.Ordinal) && !l.Contains("answer", StringComparison.Ordinal)))
            {
                var route = line[3..];
                Assert.Contains(route, m.Target, StringComparison.Ordinal);
                var at = m.Target.IndexOf(route, StringComparison.Ordinal);
                Assert.Equal("; ", m.Target[(at - 2)..at]);
                compared++;
            }
        }
        Assert.True(compared > 300, $"{compared} routes compared");
    }

    [Fact]
    public void The_own_step_sampler_draws_the_same_pairs_and_shows_the_gold_next_operation_before_the_candidates()
    {
        // Given the same draws under the ready-first check and the own-step one
        var preset = WorldPresets.Get("default");
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, 200, 4);
        var ready = new EftSampler(preset.Eft with { Style = new CheckStyle(JudgeCheck.ReadyFirst) }, problems);
        var own = new EftSampler(preset.Eft with { Style = new CheckStyle(JudgeCheck.OwnStep) }, problems);
        var (r1, r2) = (new Random(5), new Random(5));
        var answers = 0;

        for (var i = 0; i < 500; i++)
        {
            var (p, o) = (ready.Next(r1), own.Next(r2));
            var lines = o.Prompt.Split('\n');
            var at = Array.FindIndex(lines, l => l.StartsWith(JudgeFormat.OwnPrefix, StringComparison.Ordinal));
            var problem = problems.First(q => q.Id == o.ProblemId);
            WorldPosition.TryCreate(problem.Expression, lines[2..at], out var position);

            // Then the marks are the same, the prompt is the ready-first one with one Own: line just before A:,
            // holding the gold next step's operation
            Assert.Equal((p.MarkA, p.MarkB, p.Verdict), (o.MarkA, o.MarkB, o.Verdict));
            Assert.StartsWith("A: ", lines[at + 1], StringComparison.Ordinal);
            Assert.Equal(p.Prompt, string.Join('\n', lines.Where((_, k) => k != at)));
            var gold = lines[at][JudgeFormat.OwnPrefix.Length..];
            Assert.Equal(OwnStep.Gold(position!), gold);
            Assert.Equal(OwnStep.FromStep(position!.GoldNextStep), gold);
            answers += gold == "answer" ? 1 : 0;
        }
        Assert.InRange(answers, 1, 499);
    }

    [Fact]
    public void The_own_step_last_sampler_writes_each_route_as_the_arithmetic_check_does_and_the_operation_comparison_after_it()
    {
        // Given the same draws under the arithmetic check, the own-step one and the own-step-last one
        var preset = WorldPresets.Get("default");
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, 200, 4);
        var plain = new EftSampler(preset.Eft, problems);
        var own = new EftSampler(preset.Eft with { Style = new CheckStyle(JudgeCheck.OwnStep) }, problems);
        var last = new EftSampler(preset.Eft with { Style = new CheckStyle(JudgeCheck.OwnStepLast) }, problems);
        var (r1, r2, r3) = (new Random(5), new Random(5), new Random(5));
        var (compared, notNext) = (0, 0);

        for (var i = 0; i < 500; i++)
        {
            var (p, o, l) = (plain.Next(r1), own.Next(r2), last.Next(r3));

            // Then the prompt (with its Own: line) and the marks are the own step's
            Assert.Equal((o.Prompt, o.MarkA, o.MarkB, o.Verdict), (l.Prompt, l.MarkA, l.MarkB, l.Verdict));
            var reduced = l.Prompt.Contains(JudgeFormat.OwnPrefix + "answer\n", StringComparison.Ordinal);
            foreach (var (pl, ll) in p.Target.Split('\n').Zip(l.Target.Split('\n'), (a, b) => (a, b)))
            {
                if (!pl.StartsWith("A: ", StringComparison.Ordinal) && !pl.StartsWith("B: ", StringComparison.Ordinal))
                {
                    Assert.Equal(pl, ll); // the verdict
                    continue;
                }
                if (pl.Contains(JudgeFormat.SegmentSeparator, StringComparison.Ordinal) || pl.Contains("answer", StringComparison.Ordinal))
                    continue;
                var stem = pl[..pl.LastIndexOf(' ')];
                if (reduced)
                    Assert.Equal(pl, ll); // nothing is next once the expression is reduced: no operation to compare with
                else if (pl.EndsWith(" not next wrong", StringComparison.Ordinal))
                {
                    // a step that is not next: its route, then (if its arithmetic holds) its operation against the
                    // leftmost ready one, unequal
                    Assert.DoesNotContain("not next", ll, StringComparison.Ordinal);
                    Assert.Matches(@"^[AB]: (\d+[+*]\d+(: .*;\d+ vs -?\d+: .*| big)|neg) wrong$", ll);
                    if (Regex.IsMatch(ll, @"; \d+[-+*/]\d+ vs \d+[-+*/]\d+: .*!"))
                        notNext++;
                }
                else if (pl.EndsWith(" right", StringComparison.Ordinal))
                {
                    // a right step: the arithmetic check's line, then the comparison of its operation with itself
                    Assert.StartsWith(stem + "; ", ll, StringComparison.Ordinal);
                    Assert.DoesNotContain("!", ll[stem.Length..], StringComparison.Ordinal);
                    Assert.EndsWith(" right", ll, StringComparison.Ordinal);
                    compared++;
                }
                else if (pl.Contains(" vs ", StringComparison.Ordinal))
                    Assert.Equal(pl, ll); // an arithmetic slip stops the line at its route, as before
            }
        }
        Assert.True(compared > 300 && notNext > 10, $"{compared} compared, {notNext} not next");
    }

    /// <summary>500 draws of two samplers over the same default-preset problems with the same random stream.</summary>
    private static IEnumerable<(EftExample First, EftExample Second)> SameDraws(Func<EftConfig, EftConfig> first,
        Func<EftConfig, EftConfig> second)
    {
        var preset = WorldPresets.Get("default");
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, 200, 4);
        var (a, b) = (new EftSampler(first(preset.Eft), problems), new EftSampler(second(preset.Eft), problems));
        var (r1, r2) = (new Random(5), new Random(5));
        for (var i = 0; i < 500; i++)
            yield return (a.Next(r1), b.Next(r2));
    }

    private static CandidateMark Mark(StepVerdict v) => v.Label == StepLabel.Correct ? CandidateMark.Right : CandidateMark.Wrong;

    /// <summary>The previous steps are the prompt lines between the question and the <c>A:</c> line.</summary>
    private static List<string> PrefixOf(string prompt, string question)
    {
        var lines = prompt.Split('\n');
        var start = Array.IndexOf(lines, question) + 1;
        return lines[start..].TakeWhile(l => !l.StartsWith("A: ", StringComparison.Ordinal) && !l.StartsWith(JudgeFormat.OwnPrefix, StringComparison.Ordinal)).ToList();
    }
}

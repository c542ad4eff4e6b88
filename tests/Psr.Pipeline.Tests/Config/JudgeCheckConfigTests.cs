using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;
using Psr.World.Judging;

namespace Psr.Pipeline.Tests.Config;

public sealed class JudgeCheckConfigTests
{
    [Fact]
    public void The_default_check_is_left_out_of_saved_configurations_so_earlier_hashes_hold()
    {
        // Given the default and a state-first run
        var plain = RunPresets.Default;
        var state = RunConfigLoader.Load("default", overrides: ["judge.check=StateFirst"]);

        // Then the default's canonical JSON has no check key, the other names it and hashes differently
        Assert.DoesNotContain("\"check\"", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Contains("\"check\": \"StateFirst\"", RunConfigFile.Canonical(state), StringComparison.Ordinal);
        Assert.Equal(JudgeCheck.StateFirst, state.Judge.Check);
        Assert.NotEqual(RunConfigFile.Hash(plain), RunConfigFile.Hash(state));
    }

    [Fact]
    public void The_check_changes_the_eft_stage_hash_and_the_stages_that_judge()
    {
        // Given
        var plain = RunPresets.Default;
        var state = plain with { Judge = plain.Judge with { Check = JudgeCheck.StateFirst } };

        // Then the seed data is other data; the default's EFT hash is what it was before the key existed
        Assert.NotEqual(new EftStage(plain).ConfigHash, new EftStage(state).ConfigHash);
        Assert.Equal(new EftStage(plain).ConfigHash, new EftStage(plain with { Judge = plain.Judge with { } }).ConfigHash);
        Assert.Equal(Psr.Pipeline.Runs.ArtifactJson.HashOf(new
        {
            plain.Data.World, plain.Data.EftPairs, plain.Data.EftTestPairs, plain.Data.MineProblems, plain.Seeds.Data, plain.Seeds.Run,
        }), new EftStage(plain).ConfigHash);
    }

    [Fact]
    public void Each_check_is_its_own_seed_data()
    {
        // Given the default with each check, the matched ones given from the command line
        var plain = RunPresets.Default;
        var hashes = Enum.GetValues<JudgeCheck>()
            .Select(c => new EftStage(RunConfigLoader.Load("default", overrides: [$"judge.check={c}", "judge.maxNewTokens=256"])).ConfigHash).ToList();

        // Then every check hashes apart, and the arithmetic one as the default
        Assert.Equal(Enum.GetValues<JudgeCheck>().Length, hashes.Distinct().Count());
        Assert.Equal(new EftStage(plain).ConfigHash, hashes[(int)JudgeCheck.Arithmetic]);
    }

    [Theory]
    [InlineData("Matched")]
    [InlineData("StateMatched")]
    [InlineData("ReadyFirst")]
    [InlineData("OwnStep")]
    [InlineData("OwnStepLast")]
    public void A_matched_check_needs_room_for_its_longer_targets(string check)
    {
        // When a matched check is asked for with the default's 200-token judge cap
        var error = Assert.Throws<Psr.Core.Errors.ConfigException>(() => RunConfigLoader.Load("default", overrides: [$"judge.check={check}"]));

        // Then the cap is named with its value, and 256 is accepted
        Assert.Contains("judge.maxNewTokens", error.Message, StringComparison.Ordinal);
        Assert.Contains("200", error.Message, StringComparison.Ordinal);
        Assert.Equal(256, RunConfigLoader.Load("default", overrides: [$"judge.check={check}", "judge.maxNewTokens=256"]).Judge.MaxNewTokens);
    }

    [Theory]
    [InlineData("OwnStep")]
    [InlineData("OwnStepLast")]
    public void The_own_step_checks_are_refused_with_a_served_judge(string check)
    {
        // When an own-step check is asked for with the judge on an OpenAI-compatible server
        var error = Assert.Throws<Psr.Core.Errors.ConfigException>(() => RunConfigLoader.Load("default", overrides:
            [$"judge.check={check}", "judge.maxNewTokens=256", "backends.judge.backend=OpenAiCompatible", "backends.judge.baseUrl=http://judge:1/v1"]));

        // Then the check is named with its value and the reason
        Assert.Contains(error.Problems, p => p.StartsWith($"judge.check = {check}: needs the in-process judge", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_check_is_named_with_its_value()
    {
        var problems = new JudgeConfig { Check = (JudgeCheck)7 }.Problems();
        Assert.Contains(problems, p => p.Contains("judge.check", StringComparison.Ordinal) && p.Contains('7', StringComparison.Ordinal));
    }

    [Fact]
    public void A_split_carry_is_its_own_seed_data_and_the_inline_default_leaves_every_hash_as_it_was()
    {
        // Given the default and the default with the carry split off, from the command line
        var plain = RunPresets.Default;
        var split = RunConfigLoader.Load("default", overrides: ["judge.carry=Split"]);
        var ownSplit = RunConfigLoader.Load("default", overrides: ["judge.check=OwnStep", "judge.maxNewTokens=256", "judge.carry=Split"]);
        var own = RunConfigLoader.Load("default", overrides: ["judge.check=OwnStep", "judge.maxNewTokens=256"]);

        // Then the inline default is not written, Split is, and it changes the EFT stage's hash under any check
        Assert.DoesNotContain("\"carry\"", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Contains("\"carry\": \"Split\"", RunConfigFile.Canonical(split), StringComparison.Ordinal);
        Assert.Equal(ColumnCarry.Split, split.Judge.Carry);
        Assert.NotEqual(new EftStage(plain).ConfigHash, new EftStage(split).ConfigHash);
        Assert.NotEqual(new EftStage(own).ConfigHash, new EftStage(ownSplit).ConfigHash);
        Assert.Equal(new EftStage(plain).ConfigHash, new EftStage(plain with { Judge = plain.Judge with { Carry = ColumnCarry.Inline } }).ConfigHash);
    }

    [Fact]
    public void An_unknown_carry_is_named_with_its_value()
    {
        var problems = new JudgeConfig { Carry = (ColumnCarry)5 }.Problems();
        Assert.Contains(problems, p => p.Contains("judge.carry", StringComparison.Ordinal) && p.Contains('5', StringComparison.Ordinal));
    }

    [Fact]
    public void Comparisons_from_the_left_are_their_own_seed_data_and_the_default_leaves_every_hash_as_it_was()
    {
        // Given the default and the default with comparisons from the left, from the command line
        var plain = RunPresets.Default;
        var left = RunConfigLoader.Load("default", overrides: ["judge.digitOrder=FromLeft"]);
        var explicitRight = plain with { Judge = plain.Judge with { DigitOrder = DigitOrder.FromRight } };

        // Then FromRight is not written, FromLeft is, and it changes both seed stages' hashes
        Assert.DoesNotContain("digitOrder", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Contains("\"digitOrder\": \"FromLeft\"", RunConfigFile.Canonical(left), StringComparison.Ordinal);
        Assert.Equal(DigitOrder.FromLeft, left.Judge.DigitOrder);
        Assert.NotEqual(new EftStage(plain).ConfigHash, new EftStage(left).ConfigHash);
        Assert.NotEqual(new ScoreEftStage(plain).ConfigHash, new ScoreEftStage(left).ConfigHash);
        Assert.Equal(new EftStage(plain).ConfigHash, new EftStage(explicitRight).ConfigHash);
        Assert.Equal(new ScoreEftStage(plain).ConfigHash, new ScoreEftStage(explicitRight).ConfigHash);
    }

    [Fact]
    public void An_unknown_digit_order_is_named_with_its_value()
    {
        var problems = new JudgeConfig { DigitOrder = (DigitOrder)4 }.Problems();
        Assert.Contains(problems, p => p.Contains("judge.digitOrder", StringComparison.Ordinal) && p.Contains('4', StringComparison.Ordinal));
    }

    [Fact]
    public void Step_numbers_checked_always_are_saved_only_when_set_and_change_both_seed_stages_hashes()
    {
        // Given the default and the default with every step number checked, from the command line
        var plain = RunPresets.Default;
        var always = RunConfigLoader.Load("default", overrides: ["judge.stepNumbers=Always"]);
        var explicitDefault = plain with { Judge = plain.Judge with { StepNumbers = StepNumberCheck.OnMismatch } };

        // Then OnMismatch is not written, Always is, reaches the targets' style and changes both seed stages' hashes
        Assert.DoesNotContain("stepNumbers", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Contains("\"stepNumbers\": \"Always\"", RunConfigFile.Canonical(always), StringComparison.Ordinal);
        Assert.Equal(StepNumberCheck.Always, always.Judge.TargetStyle().StepNumbers);
        Assert.NotEqual(new EftStage(plain).ConfigHash, new EftStage(always).ConfigHash);
        Assert.NotEqual(new ScoreEftStage(plain).ConfigHash, new ScoreEftStage(always).ConfigHash);
        Assert.Equal(new EftStage(plain).ConfigHash, new EftStage(explicitDefault).ConfigHash);
    }

    [Fact]
    public void An_unknown_step_number_check_is_named_with_its_value()
    {
        var problems = new JudgeConfig { StepNumbers = (StepNumberCheck)5 }.Problems();
        Assert.Contains(problems, p => p.Contains("judge.stepNumbers", StringComparison.Ordinal) && p.Contains('5', StringComparison.Ordinal));
    }

    [Fact]
    public void Own_then_swap_is_saved_only_when_set_and_changes_both_seed_stages_hashes()
    {
        // Given the own-step default and it with the own line compared first, then swapped, from the command line
        var own = RunConfigLoader.Load("default", overrides: ["judge.check=OwnStep", "judge.maxNewTokens=256"]);
        var swap = RunConfigLoader.Load("default", overrides: ["judge.check=OwnStep", "judge.maxNewTokens=288", "judge.readyCompare=OwnThenSwap"]);

        // Then Itself is not written, OwnThenSwap is, reaches the targets' style and changes both seed stages' hashes
        Assert.DoesNotContain("readyCompare", RunConfigFile.Canonical(own), StringComparison.Ordinal);
        Assert.Contains("\"readyCompare\": \"OwnThenSwap\"", RunConfigFile.Canonical(swap), StringComparison.Ordinal);
        Assert.Equal(ReadyCompare.OwnThenSwap, swap.Judge.TargetStyle().Ready);
        Assert.NotEqual(new EftStage(own).ConfigHash, new EftStage(swap).ConfigHash);
        Assert.NotEqual(new ScoreEftStage(own).ConfigHash, new ScoreEftStage(swap).ConfigHash);
    }

    [Fact]
    public void Own_then_swap_without_the_own_step_check_is_named_with_the_check()
    {
        var problems = new JudgeConfig { ReadyCompare = ReadyCompare.OwnThenSwap }.Problems();
        Assert.Contains(problems, p => p.Contains("judge.readyCompare", StringComparison.Ordinal) && p.Contains("Arithmetic", StringComparison.Ordinal));
        Assert.Contains(new JudgeConfig { ReadyCompare = ReadyCompare.OwnThenSwap, Check = JudgeCheck.OwnStep, MaxNewTokens = 256 }.Problems(),
            p => p.Contains("judge.maxNewTokens", StringComparison.Ordinal) && p.Contains("288", StringComparison.Ordinal));
        Assert.Empty(new JudgeConfig { ReadyCompare = ReadyCompare.OwnThenSwap, Check = JudgeCheck.OwnStep, MaxNewTokens = 288 }.Problems());
    }
}

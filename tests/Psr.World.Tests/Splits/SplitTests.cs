using Psr.Core.Errors;
using Psr.World.Presets;
using Psr.World.Splits;

namespace Psr.World.Tests.Splits;

public sealed class SplitTests
{
    [Theory]
    [InlineData("smoke", 300)]
    [InlineData("default", 3_000)]
    public void Train_dev_and_test_never_share_a_question_even_across_seeds(string presetName, int count)
    {
        // Given splits drawn with different seeds
        var preset = WorldPresets.Get(presetName);
        var source = new ProblemSource(preset.Problems, preset.Splits);
        var train = source.Draw(WorldSplit.Train, count, 1).Concat(source.Draw(WorldSplit.Train, count, 2)).ToList();
        var dev = source.Draw(WorldSplit.Dev, count / 10, 3);
        var test = source.Draw(WorldSplit.Test, count / 10, 1);

        // When the check compares them, then nothing is shared and every question sits in its own split
        SplitCheck.EnsureDisjoint(train, test, "train/test");
        SplitCheck.EnsureDisjoint(train, dev, "train/dev");
        SplitCheck.EnsureDisjoint(dev, test, "dev/test");
        Assert.Empty(SplitCheck.Misassigned(test, WorldSplit.Test, preset.Splits));
        Assert.Equal(test.Count, test.Select(p => p.Question).Distinct().Count());
    }

    [Fact]
    public void The_check_finds_a_shared_question()
    {
        // Given two sets that share one problem
        var source = new ProblemSource(WorldPresets.Smoke.Problems, new SplitConfig());
        var a = source.Draw(WorldSplit.Train, 20, 1);
        var b = source.Draw(WorldSplit.Train, 5, 2).Append(a[3]).ToList();

        // When checked, then the overlap is named
        var e = Assert.Throws<PsrException>(() => SplitCheck.EnsureDisjoint(a, b, "a/b"));
        Assert.Contains(a[3].Question, e.Message);
    }

    [Fact]
    public void Asking_for_more_questions_than_the_world_has_is_a_clear_error()
    {
        // Given a world with few distinct questions
        var tiny = new Psr.World.Problems.WorldConfig
        {
            MinOperations = 1, MaxOperations = 1, MaxOperandDigits = 1, MaxValue = 9,
            Operations = new Psr.World.Problems.OperationWeights { Subtract = 0, Multiply = 0, Divide = 0 },
        };

        // When too many test problems are requested, then the error says how many exist
        var e = Assert.Throws<PsrException>(() => new ProblemSource(tiny, new SplitConfig()).Draw(WorldSplit.Test, 100, 1));
        Assert.Contains("distinct", e.Message);
    }
}

using System.Text.Json;
using Psr.World.Corruption;
using Psr.World.Oracle;
using Psr.World.Presets;
using Psr.World.Problems;
using Psr.World.Splits;

namespace Psr.World.Tests.Corruption;

public sealed class HighDigitTests
{
    [Fact]
    public void It_changes_one_digit_other_than_the_last_and_never_a_one_digit_result()
    {
        // Given the gold steps of default-world problems
        var preset = WorldPresets.Get("default");
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, 300, seed: 5);
        var rng = new Random(9);
        var (applied, skipped) = (0, 0);
        foreach (var p in problems)
        {
            for (var k = 0; k < p.GoldSteps.Count; k++)
            {
                var gold = StepLineParser.Parse(p.GoldSteps[k]);
                WorldPosition.TryCreate(p.Expression, p.GoldSteps.Take(k).ToList(), out var position);

                // When the rule is applied to it
                if (!StepCorruptor.TryApply(CorruptionRule.HighDigit, position!, p.GoldSteps[k], rng, out var wrong))
                {
                    // Then only answer lines and one-digit results are left alone
                    Assert.True(gold.Kind != LineKind.Operation || gold.C < 10, p.GoldSteps[k]);
                    skipped++;
                    continue;
                }
                applied++;
                var line = StepLineParser.Parse(wrong);
                string right = gold.C.ToString(System.Globalization.CultureInfo.InvariantCulture), changed = line.C.ToString(System.Globalization.CultureInfo.InvariantCulture);

                // Then the operation is the same, the result has as many digits, its last digit is kept, exactly one
                // other digit differs, and the oracle calls it an arithmetic slip
                Assert.Equal((gold.Number, gold.A, gold.Op, gold.B), (line.Number, line.A, line.Op, line.B));
                Assert.Equal(right.Length, changed.Length);
                Assert.Equal(right[^1], changed[^1]);
                Assert.Equal(1, right.Zip(changed).Count(d => d.First != d.Second));
                Assert.Equal(StepLabel.Wrong, StepOracle.JudgeStep(p.Expression, p.GoldSteps.Take(k).ToList(), wrong).Label);
            }
        }
        Assert.True(applied > 300 && skipped > 0, $"{applied} applied, {skipped} skipped");
    }

    [Fact]
    public void The_worlds_mix_leaves_it_out_and_does_not_write_it()
    {
        var weights = new CorruptionWeights();

        Assert.Equal(0, weights.Of(CorruptionRule.HighDigit));
        Assert.DoesNotContain("HighDigit", JsonSerializer.Serialize(weights), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"HighDigit\":5", JsonSerializer.Serialize(weights with { HighDigit = 5 }), StringComparison.Ordinal);
    }
}

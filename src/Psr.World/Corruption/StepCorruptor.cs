using System.Diagnostics.CodeAnalysis;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Corruption;

/// <summary>
/// Makes wrong steps from a correct next step by the <see cref="CorruptionRule"/>s. <see cref="TryApply"/> is the raw
/// rule (wrong by construction, which the oracle acceptance test checks); <see cref="TryCorrupt"/> draws a rule by
/// weight and keeps the result only when the oracle confirms it is wrong.
/// </summary>
public static class StepCorruptor
{
    private static readonly CorruptionRule[] Rules = Enum.GetValues<CorruptionRule>();
    private static readonly long[] SmallOffsets = [1, -1, 2, -2, 3, -3, 10, -10];

    /// <summary>
    /// Draws a rule by <paramref name="weights"/> among those that apply to <paramref name="correctStep"/> at
    /// <paramref name="position"/> and returns its step, verified wrong by the oracle; false when no rule applies.
    /// </summary>
    public static bool TryCorrupt(WorldPosition position, string correctStep, CorruptionWeights weights, Random rng,
        [NotNullWhen(true)] out CorruptedStep? wrong)
    {
        var candidates = Rules.Where(r => weights.Of(r) > 0).ToList();
        while (candidates.Count > 0)
        {
            var rule = PickWeighted(candidates, weights, rng);
            if (TryApply(rule, position, correctStep, rng, out var text) && position.Judge(text).Label == StepLabel.Wrong)
            {
                wrong = new CorruptedStep(text, rule);
                return true;
            }
            candidates.Remove(rule);
        }
        wrong = null;
        return false;
    }

    /// <summary>
    /// Applies <paramref name="rule"/> to <paramref name="correctStep"/> (a correct next line at
    /// <paramref name="position"/>); false when the rule does not apply there.
    /// </summary>
    public static bool TryApply(CorruptionRule rule, WorldPosition position, string correctStep, Random rng,
        [NotNullWhen(true)] out string? wrong)
    {
        wrong = null;
        var line = StepLineParser.Parse(correctStep);
        if (line.Kind == LineKind.Answer)
            return TryAnswerRule(rule, position, line, rng, out wrong);
        if (line.Kind != LineKind.Operation)
            return false;
        long c;
        switch (rule)
        {
            case CorruptionRule.OffBySmall:
                c = line.C + SmallOffsets[rng.Next(SmallOffsets.Length)];
                if (c < 0)
                    c = line.C + 1;
                return Emit(line with { C = c }, out wrong);
            case CorruptionRule.ChangedDigit:
                return Emit(line with { C = ChangeDigit(line.C, rng) }, out wrong);
            case CorruptionRule.HighDigit:
                return line.C >= 10 && Emit(line with { C = ChangeDigit(line.C, rng, keepLast: true) }, out wrong);
            case CorruptionRule.DroppedCarry:
                return ColumnErrors.TryDropFirstCarry(line.Op, line.A, line.B, out c) && Emit(line with { C = c }, out wrong);
            case CorruptionRule.WrongOperand:
                return TryWrongOperand(position, line, rng, out wrong);
            case CorruptionRule.WrongOperation:
                return TryWrongOperation(position, line, rng, out wrong);
            case CorruptionRule.NotYetAvailable:
                return TryNotYetAvailable(position, line, rng, out wrong);
            case CorruptionRule.EarlyAnswer:
                wrong = Header(line.Number) + StepFormat.Answer(line.C);
                return true;
            case CorruptionRule.StepNumber:
                return Emit(line with { Number = WrongNumber(line.Number, position, rng) }, out wrong);
            default:
                return false;
        }
    }

    private static bool TryAnswerRule(CorruptionRule rule, WorldPosition position, StepLine line, Random rng,
        out string? wrong)
    {
        wrong = null;
        switch (rule)
        {
            case CorruptionRule.OffBySmall:
                var c = line.C + SmallOffsets[rng.Next(SmallOffsets.Length)];
                wrong = Header(line.Number) + StepFormat.Answer(c < 0 ? line.C + 1 : c);
                return true;
            case CorruptionRule.ChangedDigit:
                wrong = Header(line.Number) + StepFormat.Answer(ChangeDigit(line.C, rng));
                return true;
            case CorruptionRule.WrongOperand:
                // Keeps computing after the expression is reduced: no pair is left to combine.
                var b = (long)rng.Next(2, 10);
                var op = rng.Next(2) == 0 ? Operation.Add : Operation.Multiply;
                OperationMath.TryApply(op, line.C, b, out var r);
                wrong = StepFormat.Operation(position.StepsDone + 1, line.C, op, b, r);
                return true;
            case CorruptionRule.StepNumber when line.Number > 0:
                wrong = Header(line.Number + 1) + StepFormat.Answer(line.C);
                return true;
            default:
                return false;
        }
    }

    private static bool TryWrongOperand(WorldPosition position, StepLine line, Random rng, out string? wrong)
    {
        wrong = null;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var changeLeft = line.Op == Operation.Divide || rng.Next(2) == 0;
            var delta = line.Op == Operation.Divide ? line.B * (rng.Next(2) == 0 ? 1 : -1) : SmallOffsets[rng.Next(6)];
            var (a, b) = changeLeft ? (line.A + delta, line.B) : (line.A, line.B + delta);
            if (a < 1 || b < 1 || position.FindReady(line.Op, a, b) >= 0)
                continue;
            if (OperationMath.TryApply(line.Op, a, b, out var c) && c >= 0)
                return Emit(line with { A = a, B = b, C = c }, out wrong);
        }
        return false;
    }

    private static bool TryWrongOperation(WorldPosition position, StepLine line, Random rng, out string? wrong)
    {
        wrong = null;
        var start = rng.Next(4);
        for (var k = 0; k < 4; k++)
        {
            var op = (Operation)(1 + (start + k) % 4);
            if (op == line.Op || position.FindReady(op, line.A, line.B) >= 0)
                continue;
            if (OperationMath.TryApply(op, line.A, line.B, out var c) && c >= 0)
                return Emit(line with { Op = op, C = c }, out wrong);
        }
        return false;
    }

    private static bool TryNotYetAvailable(WorldPosition position, StepLine line, Random rng, out string? wrong)
    {
        wrong = null;
        var triples = AdjacentPairs.Find(position.CurrentText)
            .Where(t => position.FindReady(t.Op, t.A, t.B) < 0)
            .ToList();
        while (triples.Count > 0)
        {
            var t = triples[rng.Next(triples.Count)];
            if (OperationMath.TryApply(t.Op, t.A, t.B, out var c) && c >= 0)
                return Emit(line with { A = t.A, Op = t.Op, B = t.B, C = c }, out wrong);
            triples.Remove(t);
        }
        return false;
    }

    private static long ChangeDigit(long value, Random rng, bool keepLast = false)
    {
        var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture).ToCharArray();
        var k = rng.Next(keepLast ? digits.Length - 1 : digits.Length);
        var low = k == 0 && digits.Length > 1 ? 1 : 0;
        var d = (char)('0' + rng.Next(low, 9));
        digits[k] = d >= digits[k] ? (char)(d + 1) : d;
        return long.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int WrongNumber(int number, WorldPosition position, Random rng)
    {
        var right = number > 0 ? number : position.StepsDone + 1;
        return right == 1 || rng.Next(2) == 0 ? right + 1 : right - 1;
    }

    private static bool Emit(StepLine line, out string? text)
    {
        text = Header(line.Number) + StepFormat.Body(line.A, line.Op, line.B, line.C);
        return true;
    }

    private static string Header(int number) => number > 0 ? $"{StepFormat.StepPrefix}{number}: " : "";

    private static CorruptionRule PickWeighted(List<CorruptionRule> rules, CorruptionWeights weights, Random rng)
    {
        var x = rng.Next(rules.Sum(weights.Of));
        foreach (var r in rules)
        {
            x -= weights.Of(r);
            if (x < 0)
                return r;
        }
        return rules[^1];
    }
}

using Psr.Core.Errors;
using Psr.World.Corruption;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Eft;

/// <summary>
/// Draws seed EFT examples from problems: a random gold prefix, then a pair by <see cref="EftConfig"/>. Wrong
/// candidates come from the corruption rules or, with <see cref="EftConfig.SampledWrongProbability"/>, from a pool of
/// steps sampled from a model (only those the oracle says are wrong are kept; the rest are counted).
/// </summary>
public sealed class EftSampler
{
    private readonly EftConfig _config;
    private readonly IReadOnlyList<WorldProblem> _problems;
    private readonly Dictionary<string, WorldProblem> _byId;
    private readonly List<SampledWrongStep> _pool = [];

    /// <summary>Validates the config and checks the pool against the oracle.</summary>
    public EftSampler(EftConfig config, IReadOnlyList<WorldProblem> problems, IEnumerable<SampledWrongStep>? pool = null)
    {
        config.Validate();
        if (problems.Count == 0)
            throw new PsrException("EFT sampler needs at least one problem");
        _config = config;
        _problems = problems;
        _byId = problems.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var s in pool ?? [])
        {
            if (IsWrongAtGoldPrefix(s))
                _pool.Add(s);
            else
                RejectedSampledSteps++;
        }
    }

    /// <summary>Pool steps dropped because the oracle did not call them wrong (or their problem is unknown).</summary>
    public int RejectedSampledSteps { get; }

    /// <summary>Pool steps kept.</summary>
    public int SampledSteps => _pool.Count;

    /// <summary>Draws one example.</summary>
    public EftExample Next(Random rng)
    {
        if (_pool.Count > 0 && rng.NextDouble() < _config.SampledWrongProbability)
            return FromPool(_pool[rng.Next(_pool.Count)], rng);
        var problem = _problems[rng.Next(_problems.Count)];
        var k = rng.Next(problem.GoldSteps.Count);
        var prefix = problem.GoldSteps.Take(k).ToList();
        WorldPosition.TryCreate(problem.Expression, prefix, out var position);
        return PickKind(rng) switch
        {
            EftPairKind.RightVsRight when TwoRight(position!, rng) is var (r1, r2) =>
                Build(problem, prefix, r1, r2, EftPairKind.RightVsRight, "", rng),
            EftPairKind.WrongVsWrong when TwoWrong(position!, problem.GoldSteps[k], rng) is var (w1, w2, source) =>
                Build(problem, prefix, w1, w2, EftPairKind.WrongVsWrong, source, rng),
            _ => RightVsWrong(problem, prefix, position!, rng),
        };
    }

    private EftExample RightVsWrong(WorldProblem problem, List<string> prefix, WorldPosition position, Random rng)
    {
        var gold = problem.GoldSteps[prefix.Count];
        var right = RightStep(position, gold, rng);
        // Off-by-small applies to every operation and answer line, so it backs up weights that allow no rule here.
        if (!StepCorruptor.TryCorrupt(position, gold, _config.Corruptions, rng, out var wrong))
        {
            StepCorruptor.TryApply(CorruptionRule.OffBySmall, position, gold, rng, out var text);
            wrong = new CorruptedStep(text!, CorruptionRule.OffBySmall);
        }
        return Build(problem, prefix, right, wrong.Text, EftPairKind.RightVsWrong, wrong.Rule.ToString(), rng);
    }

    private EftExample FromPool(SampledWrongStep s, Random rng)
    {
        var problem = _byId[s.ProblemId];
        var prefix = problem.GoldSteps.Take(s.PrefixLength).ToList();
        WorldPosition.TryCreate(problem.Expression, prefix, out var position);
        var right = RightStep(position!, problem.GoldSteps[s.PrefixLength], rng);
        return Build(problem, prefix, right, s.Step, EftPairKind.RightVsWrong, "sampled", rng);
    }

    private string RightStep(WorldPosition position, string gold, Random rng)
    {
        if (rng.NextDouble() >= _config.AlternativeStepProbability)
            return gold;
        var valid = position.ValidNextSteps();
        return valid.Count == 0 ? gold : valid[rng.Next(valid.Count)];
    }

    private static (string, string)? TwoRight(WorldPosition position, Random rng)
    {
        var valid = position.ValidNextSteps();
        if (valid.Count < 2)
            return null;
        var i = rng.Next(valid.Count);
        var j = (i + 1 + rng.Next(valid.Count - 1)) % valid.Count;
        return (valid[i], valid[j]);
    }

    private (string, string, string)? TwoWrong(WorldPosition position, string gold, Random rng)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            StepCorruptor.TryCorrupt(position, gold, _config.Corruptions, rng, out var w1);
            StepCorruptor.TryCorrupt(position, gold, _config.Corruptions, rng, out var w2);
            if (w1 is not null && w2 is not null && w1.Text != w2.Text)
                return (w1.Text, w2.Text, $"{w1.Rule}+{w2.Rule}");
        }
        return null;
    }

    private EftPairKind PickKind(Random rng)
    {
        var x = rng.Next(_config.RightVsWrongWeight + _config.RightVsRightWeight + _config.WrongVsWrongWeight);
        if (x < _config.RightVsWrongWeight)
            return EftPairKind.RightVsWrong;
        return x < _config.RightVsWrongWeight + _config.RightVsRightWeight
            ? EftPairKind.RightVsRight
            : EftPairKind.WrongVsWrong;
    }

    private bool IsWrongAtGoldPrefix(SampledWrongStep s) =>
        _byId.TryGetValue(s.ProblemId, out var p) && s.PrefixLength >= 0 && s.PrefixLength < p.GoldSteps.Count &&
        StepOracle.JudgeStep(p.Expression, p.GoldSteps.Take(s.PrefixLength).ToList(), s.Step).Label == StepLabel.Wrong;

    private EftExample Build(WorldProblem problem, List<string> prefix, string first, string second,
        EftPairKind kind, string source, Random rng)
    {
        EftExampleBuilder.TryBuild(problem, prefix, first, second, kind, source, rng, out var example, _config.Style);
        return example!;
    }
}

using Psr.Pipeline.Config;
using Psr.World.Corruption;
using Psr.World.Eft;
using Psr.World.Presets;
using Psr.World.Problems;
using Psr.World.Splits;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Every question set of a run on the built-in world, drawn deterministically from <c>seeds.data</c>: IFT problems and
/// each round's fresh questions from the train split (disjoint from each other), EFT test problems from the dev split,
/// and the test problems every model is evaluated on (the same for all, so differences are paired).
/// </summary>
public sealed class WorldQuestions
{
    private readonly RunConfig _config;
    private readonly ProblemSource _source;

    /// <summary>Sets up the world preset named in <c>data.world</c>.</summary>
    public WorldQuestions(RunConfig config)
    {
        _config = config;
        Preset = WorldPresets.Get(config.Data.World);
        _source = new ProblemSource(Preset.Problems, Preset.Splits);
    }

    /// <summary>The world preset.</summary>
    public WorldPreset Preset { get; }

    /// <summary>The preset's EFT mix with the run's judge target style (<c>judge.check</c>, <c>judge.carry</c>, <c>judge.digitOrder</c>, <c>judge.stepNumbers</c>).</summary>
    public EftConfig Eft => Preset.Eft with { Style = _config.Judge.TargetStyle() };

    /// <summary>The EFT mix of the seed training pairs: <see cref="Eft"/> with <c>data.eftCorruptions</c> where set.</summary>
    public EftConfig TrainEft => Eft with { Corruptions = TrainCorruptions };

    /// <summary>The corruption weights of the seed training data: <c>data.eftCorruptions</c>, else the world's.</summary>
    public CorruptionWeights TrainCorruptions => _config.Data.EftCorruptions ?? Preset.Eft.Corruptions;

    private int Seed(int salt) => unchecked((int)(_config.Seeds.Data * 1_000_003L + salt));

    /// <summary>The IFT problems (train split).</summary>
    public IReadOnlyList<WorldProblem> Ift() => _source.Draw(WorldSplit.Train, _config.Data.IftProblems, Seed(0), "ift");

    /// <summary>Problems for the EFT test pairs (dev split, one pair each).</summary>
    public IReadOnlyList<WorldProblem> EftTest() => _source.Draw(WorldSplit.Dev, _config.Data.EftTestPairs, Seed(1), "eft-test");

    /// <summary>
    /// <paramref name="count"/> dev-split problems that are not EFT test problems, drawn with their own salt and name
    /// (the Init learning curve's and the safeguard's dev sets).
    /// </summary>
    public IReadOnlyList<WorldProblem> DevOutsideEftTest(int count, int salt, string name)
    {
        var eftTest = EftTest().Select(p => p.Question).ToHashSet(StringComparer.Ordinal);
        return _source.Draw(WorldSplit.Dev, count + eftTest.Count, Seed(salt), name)
            .Where(p => !eftTest.Contains(p.Question)).Take(count).ToList();
    }

    /// <summary>The test problems.</summary>
    public IReadOnlyList<WorldProblem> Test() => _source.Draw(WorldSplit.Test, _config.Evaluation.TestProblems, Seed(2), "test");

    /// <summary>
    /// The fresh train questions of round <paramref name="roundIndex"/> (0 = the first DPO round): none of them is an
    /// IFT question or a question of an earlier round.
    /// </summary>
    public IReadOnlyList<WorldProblem> Round(int roundIndex)
    {
        var used = new HashSet<string>(Ift().Select(p => p.Question), StringComparer.Ordinal);
        for (var r = 0; r < roundIndex; r++)
            used.UnionWith(Round(r).Select(p => p.Question));
        var round = _config.Rounds[roundIndex];
        var drawn = _source.Draw(WorldSplit.Train, round.Questions + used.Count, Seed(100 + roundIndex), round.Name.ToLowerInvariant());
        return drawn.Where(p => !used.Contains(p.Question)).Take(round.Questions).ToList();
    }
}

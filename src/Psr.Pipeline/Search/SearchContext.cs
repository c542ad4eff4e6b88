using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>Where a search sits in the run; with the question id and expansion index it fixes every seed.</summary>
/// <param name="RunSeed">The run's seed.</param>
/// <param name="Round">The round (or evaluated model index) the search belongs to.</param>
/// <param name="Mode">Collect pairs, or test-time scaling.</param>
public sealed record SearchContext(long RunSeed, int Round, SearchMode Mode)
{
    /// <summary>Seed for the candidates of one expansion.</summary>
    public ulong PolicySeed(string questionId, int expansion) => SeedDerivation.Derive(
        RunSeed, Mode == SearchMode.TestTime ? SeedPurpose.TestTimePolicy : SeedPurpose.SearchPolicy, Round, questionId, expansion);

    /// <summary>Seed for the <paramref name="index"/>-th judge call of one expansion.</summary>
    public ulong JudgeSeed(string questionId, int expansion, int index) => SeedDerivation.Derive(
        RunSeed, Mode == SearchMode.TestTime ? SeedPurpose.TestTimeJudge : SeedPurpose.SearchJudge, Round, questionId, expansion, index);
}

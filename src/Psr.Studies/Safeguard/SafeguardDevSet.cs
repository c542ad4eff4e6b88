using Psr.Pipeline.Config;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using Psr.World.Eft;
using Psr.World.Problems;
using Psr.World.Splits;

namespace Psr.Studies.Safeguard;

/// <summary>
/// The safeguard's small labelled dev set, drawn deterministically from the world's dev split (never trained on):
/// <c>safeguard.devProblems</c> problems that are not EFT test problems, and one oracle-labelled judge pair per problem.
/// </summary>
public static class SafeguardDevSet
{
    /// <summary>The dev problems.</summary>
    public static IReadOnlyList<WorldProblem> Problems(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new WorldQuestions(config).DevOutsideEftTest(config.Safeguard.DevProblems, 3, "safeguard-dev");
    }

    /// <summary>One judge pair (a right and a wrong step, labelled by the oracle) per dev problem.</summary>
    public static IReadOnlyList<EftExample> Pairs(RunConfig config, IReadOnlyList<WorldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(problems);
        var sampler = new EftSampler(new WorldQuestions(config).Eft, problems);
        return EftExamples.Draw(sampler, problems.Count, unchecked((int)config.Seeds.Run) + 3);
    }
}

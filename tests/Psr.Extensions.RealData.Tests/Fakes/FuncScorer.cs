using Psr.Extensions.RealData.RealEft;
using Psr.Roles;

namespace Psr.Extensions.RealData.Tests.Fakes;

/// <summary>A PRM given by a function of the request; records every request and call.</summary>
internal sealed class FuncScorer(Func<StepScoreRequest, double> score) : IStepScorer
{
    public int Calls { get; private set; }

    public List<StepScoreRequest> Seen { get; } = [];

    /// <summary>Scores a step by its first digit / 10 (0 when none).</summary>
    public static FuncScorer ByDigit() => new(r => RuleJudge.Rank(r.Step) / 10.0);

    public Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<StepScoreRequest> requests, CancellationToken cancellationToken)
    {
        Calls++;
        Seen.AddRange(requests);
        IReadOnlyList<double> result = requests.Select(score).ToList();
        return Task.FromResult(result);
    }
}

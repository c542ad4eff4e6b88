using Psr.Pipeline.Metrics;
using Psr.Pipeline.Search;

namespace Psr.Studies.Measurement;

/// <summary>One search over the test problems, seen by the oracle.</summary>
/// <param name="Judge">Which judge ran (self or oracle).</param>
/// <param name="Accuracy">Final-answer accuracy of the searched solutions (unfinished = wrong), with its interval.</param>
/// <param name="Correct">Per problem, in input order (for paired intervals).</param>
/// <param name="Counters">Summed search counters (expansions, identical, rollbacks, judge calls, ...).</param>
/// <param name="IdenticalExpansionRate">Expansions whose w candidates were all identical.</param>
/// <param name="KeptPairs">The pairs the search kept (finished paths, after its filters).</param>
/// <param name="ScoredPairs">Every (best, worst) pair of an accepted, judged step on a finished path, before the self-judged filter.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record SearchOutcome(
    string Judge, Rate Accuracy, IReadOnlyList<bool> Correct, SearchCounters Counters, double IdenticalExpansionRate,
    PairBreakdown KeptPairs, PairBreakdown ScoredPairs, double Seconds);

using Psr.Roles;

namespace Psr.Pipeline.Metrics;

/// <summary>The oracle's labels for one pair and the category they put it in.</summary>
/// <param name="Category">The category.</param>
/// <param name="Chosen">The oracle's label for the chosen step.</param>
/// <param name="Rejected">The oracle's label for the rejected step.</param>
/// <param name="WrongPrefixStep">Index of the first previous step the oracle calls wrong, if any.</param>
public sealed record PairOracleView(PairOracleCategory Category, StepCorrectness Chosen, StepCorrectness Rejected, int? WrongPrefixStep);

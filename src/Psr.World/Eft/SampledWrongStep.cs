namespace Psr.World.Eft;

/// <summary>
/// A wrong step written by a model (e.g. a weak checkpoint sampled at a gold prefix), so the judge trains on the
/// errors the policy really makes. The EFT sampler keeps it only when the oracle says it is wrong.
/// </summary>
/// <param name="ProblemId">Id of the problem (a <see cref="Problems.WorldProblem.Id"/>).</param>
/// <param name="PrefixLength">How many gold lines precede it.</param>
/// <param name="Step">The step as the model wrote it.</param>
public sealed record SampledWrongStep(string ProblemId, int PrefixLength, string Step);

using Psr.World.Eft;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>The real-data EFT build: the train and test examples and the count of every outcome and drop reason.</summary>
/// <param name="Train">Training examples, in problem order.</param>
/// <param name="Test">Test examples (judge accuracy), in problem order.</param>
/// <param name="Counts">Problems, nodes, node outcomes, candidate pairs, decisions, examples per split.</param>
public sealed record RealEftResult(IReadOnlyList<EftExample> Train, IReadOnlyList<EftExample> Test, IReadOnlyDictionary<string, long> Counts);

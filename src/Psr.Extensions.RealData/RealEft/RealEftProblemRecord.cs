using Psr.World.Eft;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>One finished problem of the real-data EFT build (one line of the stage's progress log).</summary>
/// <param name="ProblemId">The problem.</param>
/// <param name="Test">Whether its pairs belong to the test split.</param>
/// <param name="Nodes">Its tree's nodes with the scored siblings.</param>
/// <param name="Pairs">Its candidate pairs with both judgments and the decision.</param>
/// <param name="Examples">The kept pairs as EFT examples.</param>
public sealed record RealEftProblemRecord(
    string ProblemId, bool Test, IReadOnlyList<EftNode> Nodes, IReadOnlyList<AnnotatedPair> Pairs, IReadOnlyList<EftExample> Examples);

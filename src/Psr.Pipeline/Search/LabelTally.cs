using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>The judge's labels of one candidate: calls that said right, calls that said wrong (unlabelled calls count in neither).</summary>
internal readonly record struct LabelTally(int Right, int Wrong)
{
    /// <summary>The majority label; a tie or no label at all is Unknown.</summary>
    public StepCorrectness Majority => Right > Wrong ? StepCorrectness.Correct : Wrong > Right ? StepCorrectness.Wrong : StepCorrectness.Unknown;
}

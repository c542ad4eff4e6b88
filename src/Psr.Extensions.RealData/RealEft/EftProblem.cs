namespace Psr.Extensions.RealData.RealEft;

/// <summary>One IFT problem the EFT tree is grown from.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Question">The question text.</param>
/// <param name="GoldAnswer">The gold final answer (rollout scoring grades against it).</param>
/// <param name="GoldSteps">The gold step-formatted solution (kept for reference; the tree grows from the policy's own steps).</param>
public sealed record EftProblem(string Id, string Question, string GoldAnswer, IReadOnlyList<string> GoldSteps);

using System.Text.Json.Serialization;

namespace Psr.Pipeline.Stages;

/// <summary>One point of the Init learning curve (a line of the Init stage's <c>dev-curve.jsonl</c>).</summary>
/// <param name="Step">Optimizer steps completed (0 = the starting model).</param>
/// <param name="Problems">Dev problems solved greedily.</param>
/// <param name="Correct">Problems whose final answer the oracle accepts.</param>
/// <param name="Solved">
/// One character per dev problem, in the curve's problem order: <c>1</c> solved, <c>0</c> not; it pairs two points for
/// a paired interval of their difference. Null in curves measured before it was kept.
/// </param>
public sealed record DevPoint(int Step, int Problems, int Correct,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Solved = null)
{
    /// <summary>Correct / problems.</summary>
    public double Accuracy => Correct / (double)Math.Max(1, Problems);

    /// <summary>Per-problem correctness from <see cref="Solved"/>, or null when the point has none.</summary>
    public IReadOnlyList<bool>? PerProblem() => Solved?.Select(c => c == '1').ToList();

    /// <summary>The point of <paramref name="step"/> from per-problem correctness.</summary>
    public static DevPoint Of(int step, IReadOnlyList<bool> solved)
    {
        ArgumentNullException.ThrowIfNull(solved);
        return new DevPoint(step, solved.Count, solved.Count(s => s), string.Concat(solved.Select(s => s ? '1' : '0')));
    }
}

namespace Psr.Pipeline.Stages;

/// <summary>One point of the Init learning curve (a line of the Init stage's <c>dev-curve.jsonl</c>).</summary>
/// <param name="Step">Optimizer steps completed (0 = the starting model).</param>
/// <param name="Problems">Dev problems solved greedily.</param>
/// <param name="Correct">Problems whose final answer the oracle accepts.</param>
public sealed record DevPoint(int Step, int Problems, int Correct)
{
    /// <summary>Correct / problems.</summary>
    public double Accuracy => Correct / (double)Math.Max(1, Problems);
}

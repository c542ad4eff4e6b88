using Psr.Model.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Training.Losses;

/// <summary>Direct Preference Optimization losses (Rafailov et al., 2023) over sequence log-prob sums.</summary>
public static class DpoLoss
{
    /// <summary>
    /// Sigmoid DPO: every argument is a (B) float tensor of summed completion log-probs; the reference ones carry no
    /// gradient. Returns the mean loss and the implicit rewards.
    /// </summary>
    public static DpoLossOutput Sigmoid(
        Tensor policyChosen, Tensor policyRejected, Tensor referenceChosen, Tensor referenceRejected, double beta)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beta);
        using var scope = NewDisposeScope();
        using var b = beta.ToScalar();
        var chosenRatio = policyChosen - referenceChosen; // (B)
        var rejectedRatio = policyRejected - referenceRejected; // (B)
        var loss = nn.functional.logsigmoid((chosenRatio - rejectedRatio).mul(b)).mean().neg(); // ()
        using var noGrad = no_grad();
        var chosen = chosenRatio.mul(b).detach(); // (B)
        var rejected = rejectedRatio.mul(b).detach(); // (B)
        var accuracy = chosen.gt(rejected).to_type(ScalarType.Float32).mean(); // ()
        var margin = (chosen - rejected).mean(); // ()
        return new DpoLossOutput(
            loss.MoveToOuterDisposeScope(), chosen.MoveToOuterDisposeScope(), rejected.MoveToOuterDisposeScope(),
            accuracy.MoveToOuterDisposeScope(), margin.MoveToOuterDisposeScope());
    }

    /// <summary>
    /// Negative log-likelihood of the chosen completions, normalised per token: −Σ log-probs / tokens, from the (B)
    /// sums and the batch's chosen token count (the RPO-style term added with weight α).
    /// </summary>
    public static Tensor ChosenNll(Tensor chosenSums, int chosenTokens)
    {
        using var scope = NewDisposeScope();
        using var tokens = Math.Max(1, chosenTokens).ToScalar();
        return chosenSums.sum().neg().div(tokens).MoveToOuterDisposeScope();
    }
}

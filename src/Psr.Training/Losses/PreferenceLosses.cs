using Psr.Model.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Training.Losses;

/// <summary>
/// The preference losses of <see cref="PreferenceLossKind"/> as small pure functions of (B) summed log-probs. Every
/// Scalar is created with <c>using</c>, so none is left to a finalizer during a native call.
/// </summary>
public static class PreferenceLosses
{
    /// <summary>
    /// The loss of <paramref name="kind"/> and the implicit rewards β·Δ. <paramref name="lambda"/> is DPOP's weight of
    /// the chosen-likelihood penalty (ignored by the others).
    /// </summary>
    public static DpoLossOutput Compute(
        PreferenceLossKind kind, Tensor policyChosen, Tensor policyRejected, Tensor referenceChosen, Tensor referenceRejected,
        double beta, double lambda = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beta);
        ArgumentOutOfRangeException.ThrowIfNegative(lambda);
        if (kind == PreferenceLossKind.Dpo)
            return DpoLoss.Sigmoid(policyChosen, policyRejected, referenceChosen, referenceRejected, beta);
        using var scope = NewDisposeScope();
        using var betaScalar = beta.ToScalar();
        var chosenRatio = policyChosen.sub(referenceChosen); // (B)
        var rejectedRatio = policyRejected.sub(referenceRejected); // (B)
        var margin = chosenRatio.sub(rejectedRatio); // (B)
        var loss = kind switch
        {
            PreferenceLossKind.Dpop => DpopLoss(margin, chosenRatio, betaScalar, lambda),
            PreferenceLossKind.Ipo => IpoLoss(margin, beta),
            PreferenceLossKind.None => margin.mul(Scalars.Zero).mean(), // 0 with a graph: the NLL terms alone move the model
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown preference loss"),
        };
        using var noGrad = no_grad();
        var chosen = chosenRatio.mul(betaScalar).detach(); // (B)
        var rejected = rejectedRatio.mul(betaScalar).detach(); // (B)
        var accuracy = chosen.gt(rejected).to_type(ScalarType.Float32).mean(); // ()
        var rewardMargin = chosen.sub(rejected).mean(); // ()
        return new DpoLossOutput(
            loss.MoveToOuterDisposeScope(), chosen.MoveToOuterDisposeScope(), rejected.MoveToOuterDisposeScope(),
            accuracy.MoveToOuterDisposeScope(), rewardMargin.MoveToOuterDisposeScope());
    }

    // −log σ(β·(margin − λ·max(0, −Δchosen))): the penalty is zero while the chosen step stays as likely as under the reference.
    private static Tensor DpopLoss(Tensor margin, Tensor chosenRatio, Scalar beta, double lambda)
    {
        using var zero = 0.0.ToScalar();
        using var lambdaScalar = lambda.ToScalar();
        var penalty = chosenRatio.neg().clamp_min(zero).mul(lambdaScalar); // (B)
        return nn.functional.logsigmoid(margin.sub(penalty).mul(beta)).mean().neg();
    }

    // (margin − 1/(2β))²: pulls every pair's log-ratio margin to the same finite target instead of to infinity.
    private static Tensor IpoLoss(Tensor margin, double beta)
    {
        using var target = (1.0 / (2.0 * beta)).ToScalar();
        return margin.sub(target).pow(Scalars.Two).mean();
    }
}

using Psr.Model.Native;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Training.Optimization;

/// <summary>
/// The AdamW update of TorchSharp 0.107's <c>AdamW.step</c> (PyTorch's: decoupled weight decay, then bias-corrected
/// moments), with every Scalar owned. TorchSharp's step passes C# doubles where Scalars are expected, several per
/// parameter per step, and a GC on another thread can free such a Scalar while the native call reads it (issue 14 §1).
/// It reads and writes TorchSharp's own per-parameter state (<see cref="AdamW.State"/>: step, exp_avg, exp_avg_sq) of
/// the optimizer <see cref="AdamWFactory"/> builds, so <c>save_state_dict</c> checkpoints are unchanged.
/// </summary>
public static class OwnedAdamW
{
    /// <summary>One step over every parameter with a gradient: TorchSharp's operations, in TorchSharp's order.</summary>
    public static void Step(AdamW optimizer)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var states = optimizer.state_dict().State; // group-major, parameter order: the order walked below
        var index = 0;
        foreach (var group in optimizer.ParamGroups.Cast<ParamGroup>())
        {
            var options = (AdamW.Options)group.Options;
            if (options.amsgrad == true || options.maximize == true)
                throw new NotSupportedException("OwnedAdamW implements plain AdamW only (amsgrad and maximize off)");
            var lr = options.LearningRate!.Value;
            var beta1 = options.beta1!.Value;
            var beta2 = options.beta2!.Value;
            using var decay = (1 - lr * options.weight_decay!.Value).ToScalar();
            using var keep1 = beta1.ToScalar();
            using var take1 = (1 - beta1).ToScalar();
            using var keep2 = beta2.ToScalar();
            using var take2 = (1 - beta2).ToScalar();
            using var eps = options.eps!.Value.ToScalar();
            foreach (var parameter in group.Parameters)
            {
                var state = (AdamW.State)states[index++];
                var grad = parameter.grad;
                if (grad is null)
                    continue;
                state.step += 1;
                parameter.mul_(decay);
                var correction1 = 1 - Math.Pow(beta1, state.step);
                var correction2 = 1 - Math.Pow(beta2, state.step);
                state.exp_avg.mul_(keep1).add_(grad, take1);
                state.exp_avg_sq.mul_(keep2).addcmul_(grad, grad, take2);
                using var root2 = Math.Sqrt(correction2).ToScalar();
                var denom = state.exp_avg_sq.sqrt().div(root2).add_(eps, Scalars.One);
                using var stepSize = (-(lr / correction1)).ToScalar();
                parameter.addcdiv_(state.exp_avg, denom, stepSize);
            }
        }
    }
}

using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Training.Optimization;

/// <summary>
/// AdamW with weight decay on matrices only: 1-D parameters (norm scales, biases) are not decayed, as in nanoGPT and
/// most LLM recipes. Group order follows <c>named_parameters()</c>, so a saved optimizer state lines up on reload.
/// </summary>
public static class AdamWFactory
{
    /// <summary>
    /// An optimizer for <paramref name="model"/>'s trainable parameters. Call it outside any dispose scope: the moment
    /// buffers it allocates must outlive every step.
    /// </summary>
    public static AdamW Create(nn.Module model, double lr, AdamWSettings settings, double weightDecay)
    {
        var (beta1, beta2, eps) = (settings.Beta1, settings.Beta2, settings.Epsilon);
        var trainable = model.named_parameters().Where(p => p.parameter.requires_grad).ToList();
        var decayed = trainable.Where(p => p.parameter.dim() >= 2).Select(p => p.parameter).ToList();
        var plain = trainable.Where(p => p.parameter.dim() < 2).Select(p => p.parameter).ToList();
        var groups = new List<AdamW.ParamGroup>
        {
            new(decayed, lr, beta1, beta2, eps, weightDecay),
        };
        if (plain.Count > 0)
            groups.Add(new AdamW.ParamGroup(plain, lr, beta1, beta2, eps, weight_decay: 0));
        return optim.AdamW(groups, lr, beta1, beta2, eps, weightDecay);
    }

    /// <summary>Sets every group's learning rate (the schedule drives it per step).</summary>
    public static void SetLearningRate(optim.Optimizer optimizer, double lr)
    {
        foreach (var group in optimizer.ParamGroups)
            group.LearningRate = lr;
    }
}

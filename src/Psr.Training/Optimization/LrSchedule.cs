namespace Psr.Training.Optimization;

/// <summary>
/// Linear warmup to <see cref="Peak"/> over <see cref="WarmupSteps"/> steps, then cosine decay to
/// <see cref="Peak"/>·<see cref="MinRatio"/> at <see cref="TotalSteps"/> (nanoGPT's schedule). A pure function of the
/// step, so resuming needs only the step number.
/// </summary>
/// <param name="Peak">Learning rate after warmup.</param>
/// <param name="WarmupSteps">Steps of linear warmup; step 0 runs at Peak/WarmupSteps.</param>
/// <param name="TotalSteps">Step at which the decay reaches the floor; later steps stay there.</param>
/// <param name="MinRatio">Floor as a fraction of the peak, in [0, 1].</param>
public sealed record LrSchedule(double Peak, int WarmupSteps, int TotalSteps, double MinRatio)
{
    /// <summary>The learning rate for 0-based optimizer step <paramref name="step"/>.</summary>
    public double At(int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        if (step < WarmupSteps)
            return Peak * (step + 1) / WarmupSteps;
        var floor = Peak * MinRatio;
        var decaySteps = Math.Max(1, TotalSteps - WarmupSteps);
        var progress = Math.Min(1.0, (double)(step - WarmupSteps) / decaySteps);
        return floor + (Peak - floor) * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }
}

using Psr.Core.Errors;

namespace Psr.Training.Optimization;

/// <summary>
/// AdamW's constants and the gradient clip, one record for every trainer (SFT, continued SFT, Step-DPO). Code sets
/// them, never a run's configuration: the trainer configs hold this record <c>[JsonIgnore]</c>d, so it enters no hash.
/// </summary>
public sealed record AdamWSettings
{
    /// <summary>β1. Default 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>β2. Default 0.95.</summary>
    public double Beta2 { get; init; } = 0.95;

    /// <summary>ε. Default 1e-8.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Clip the global gradient L2 norm to this; 0 turns clipping off. Default 1.0.</summary>
    public double GradClip { get; init; } = 1.0;

    /// <summary>Every problem of these settings, named as keys of the trainer section <paramref name="path"/>.</summary>
    public IReadOnlyList<string> Problems(string path) => new ConfigProblems(path)
        .Check(Beta1 >= 0 && Beta1 < 1, nameof(Beta1), Beta1, "must be in [0, 1)")
        .Check(Beta2 >= 0 && Beta2 < 1, nameof(Beta2), Beta2, "must be in [0, 1)")
        .Check(Epsilon > 0 && double.IsFinite(Epsilon), nameof(Epsilon), Epsilon, "must be > 0")
        .Check(GradClip >= 0 && double.IsFinite(GradClip), nameof(GradClip), GradClip, "must be >= 0")
        .Items;
}

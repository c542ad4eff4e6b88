using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>
/// Optional safeguard, off in the paper-faithful configuration: after each round, compare a held-out dev signal
/// with the previous model's and stop (or reject the round) when it drops by more than <see cref="MaxDrop"/>.
/// </summary>
public sealed record SafeguardConfig
{
    /// <summary>Whether the safeguard runs. Default false (the paper has none).</summary>
    public bool Enabled { get; init; }

    /// <summary>The watched signal. Default <see cref="SafeguardSignal.JudgeDevAgreement"/>.</summary>
    public SafeguardSignal Signal { get; init; } = SafeguardSignal.JudgeDevAgreement;

    /// <summary>Labelled dev problems for the signal. Default 100.</summary>
    public int DevProblems { get; init; } = 100;

    /// <summary>Largest tolerated drop (absolute, as a fraction). Default 0.05.</summary>
    public double MaxDrop { get; init; } = 0.05;

    /// <summary>What happens on a drop. Default <see cref="SafeguardAction.StopRun"/>.</summary>
    public SafeguardAction Action { get; init; } = SafeguardAction.StopRun;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "safeguard")
    {
        var p = new ConfigProblems(path);
        p.Check(Enum.IsDefined(Signal), nameof(Signal), Signal, "unknown value")
            .Check(Enum.IsDefined(Action), nameof(Action), Action, "unknown value")
            .Check(DevProblems > 0, nameof(DevProblems), DevProblems, "must be > 0")
            .Check(MaxDrop >= 0 && MaxDrop <= 1, nameof(MaxDrop), MaxDrop, "must be in [0, 1]");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

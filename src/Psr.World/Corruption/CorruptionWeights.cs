using System.Text.Json.Serialization;

namespace Psr.World.Corruption;

/// <summary>Relative frequency of each <see cref="CorruptionRule"/> when a wrong step is drawn; 0 disables a rule.</summary>
public sealed record CorruptionWeights
{
    /// <summary>Weight of <see cref="CorruptionRule.OffBySmall"/>. Default 25.</summary>
    public int OffBySmall { get; init; } = 25;

    /// <summary>Weight of <see cref="CorruptionRule.ChangedDigit"/>. Default 20.</summary>
    public int ChangedDigit { get; init; } = 20;

    /// <summary>Weight of <see cref="CorruptionRule.DroppedCarry"/>. Default 20.</summary>
    public int DroppedCarry { get; init; } = 20;

    /// <summary>Weight of <see cref="CorruptionRule.WrongOperand"/>. Default 10.</summary>
    public int WrongOperand { get; init; } = 10;

    /// <summary>Weight of <see cref="CorruptionRule.WrongOperation"/>. Default 8.</summary>
    public int WrongOperation { get; init; } = 8;

    /// <summary>Weight of <see cref="CorruptionRule.NotYetAvailable"/>. Default 10.</summary>
    public int NotYetAvailable { get; init; } = 10;

    /// <summary>Weight of <see cref="CorruptionRule.EarlyAnswer"/>. Default 5.</summary>
    public int EarlyAnswer { get; init; } = 5;

    /// <summary>Weight of <see cref="CorruptionRule.StepNumber"/>. Default 2.</summary>
    public int StepNumber { get; init; } = 2;

    /// <summary>Weight of <see cref="CorruptionRule.HighDigit"/>. Default 0.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // 0: the world's and earlier runs' hashes are unchanged
    public int HighDigit { get; init; }

    /// <summary>The weight of <paramref name="rule"/>.</summary>
    public int Of(CorruptionRule rule) => rule switch
    {
        CorruptionRule.OffBySmall => OffBySmall,
        CorruptionRule.ChangedDigit => ChangedDigit,
        CorruptionRule.DroppedCarry => DroppedCarry,
        CorruptionRule.WrongOperand => WrongOperand,
        CorruptionRule.WrongOperation => WrongOperation,
        CorruptionRule.NotYetAvailable => NotYetAvailable,
        CorruptionRule.EarlyAnswer => EarlyAnswer,
        CorruptionRule.StepNumber => StepNumber,
        CorruptionRule.HighDigit => HighDigit,
        _ => 0,
    };
}

namespace Psr.World.Problems;

/// <summary>Relative frequency of each operation in generated problems; 0 forbids it.</summary>
public sealed record OperationWeights
{
    /// <summary>Weight of <c>+</c>. Default 1.</summary>
    public int Add { get; init; } = 1;

    /// <summary>Weight of <c>-</c> (results never negative). Default 1.</summary>
    public int Subtract { get; init; } = 1;

    /// <summary>Weight of <c>*</c> (one factor is a single-digit leaf). Default 1.</summary>
    public int Multiply { get; init; } = 1;

    /// <summary>Weight of <c>/</c> (exact, single-digit divisor leaf). Default 1.</summary>
    public int Divide { get; init; } = 1;

    /// <summary>The weight of <paramref name="op"/>.</summary>
    public int Of(Operation op) => op switch
    {
        Operation.Add => Add,
        Operation.Subtract => Subtract,
        Operation.Multiply => Multiply,
        Operation.Divide => Divide,
        _ => 0,
    };

    /// <summary>Sum of all weights.</summary>
    public int Total => Add + Subtract + Multiply + Divide;
}

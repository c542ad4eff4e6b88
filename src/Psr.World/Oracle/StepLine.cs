using Psr.World.Problems;

namespace Psr.World.Oracle;

/// <summary>One parsed solution line (a value type: parsing allocates nothing).</summary>
/// <param name="Kind">Operation, answer, or bad.</param>
/// <param name="Number">The header's step number, or -1 when the line has no <c>Step n: </c> header.</param>
/// <param name="A">Left operand of an operation.</param>
/// <param name="Op">The operation.</param>
/// <param name="B">Right operand of an operation.</param>
/// <param name="C">The claimed result of an operation, or the claimed answer.</param>
public readonly record struct StepLine(LineKind Kind, int Number, long A, Operation Op, long B, long C)
{
    /// <summary>A line that is not in the world's format.</summary>
    public static StepLine Bad => new(LineKind.Bad, -1, 0, Operation.None, 0, 0);
}

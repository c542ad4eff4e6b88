using Psr.World.Corruption;
using Psr.World.Problems;

namespace Psr.World.Tests.Corruption;

public sealed class ColumnErrorsTests
{
    [Theory]
    [InlineData(Operation.Add, 47L, 38L, true, 75L)]
    [InlineData(Operation.Add, 12L, 34L, false, 0L)]
    [InlineData(Operation.Subtract, 52L, 17L, true, 45L)]
    [InlineData(Operation.Multiply, 47L, 6L, true, 242L)]
    [InlineData(Operation.Multiply, 6L, 47L, true, 242L)]
    [InlineData(Operation.Multiply, 11L, 3L, false, 0L)]
    [InlineData(Operation.Divide, 84L, 7L, false, 0L)]
    public void A_dropped_carry_gives_the_classic_wrong_result(Operation op, long a, long b, bool applies, long result)
    {
        // When the first carry is dropped
        var ok = ColumnErrors.TryDropFirstCarry(op, a, b, out var r);

        // Then the rule applies only where there is a carry, with the slip's result
        Assert.Equal((applies, result), (ok, ok ? r : 0));
    }
}

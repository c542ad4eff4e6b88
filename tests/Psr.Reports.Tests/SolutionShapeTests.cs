using Psr.Pipeline.Stages;

namespace Psr.Reports.Tests;

public sealed class SolutionShapeTests
{
    [Theory]
    [InlineData("a = 1\nb = 22\n", 2, 5.5)]
    [InlineData("\n\n  x  \n\n", 1, 1.0)]
    [InlineData("\n\n\n", 0, 0.0)]
    public void Steps_are_non_empty_trimmed_lines(string output, double steps, double chars)
    {
        // Given / When
        var shape = SolutionShape.From([new GreedyRecord("p", output, null, false, false)]);

        // Then
        Assert.Equal(steps, shape.MeanSteps);
        Assert.Equal(chars, shape.MeanStepChars);
    }
}

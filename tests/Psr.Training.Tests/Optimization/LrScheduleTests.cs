using Psr.Training.Optimization;

namespace Psr.Training.Tests.Optimization;

public sealed class LrScheduleTests
{
    [Theory]
    [InlineData(0, 0.25)] // warmup: (0+1)/4 of the peak
    [InlineData(3, 1.0)] // last warmup step reaches the peak
    [InlineData(4, 1.0)] // decay starts at the peak
    [InlineData(8, 0.55)] // halfway through the decay: floor + (peak-floor)/2
    [InlineData(12, 0.1)] // total steps: the floor
    [InlineData(50, 0.1)] // beyond: stays at the floor
    public void Warmup_then_cosine_to_the_floor(int step, double expected)
    {
        // Given peak 1, 4 warmup steps, 12 total steps, floor 10 %
        var schedule = new LrSchedule(1.0, 4, 12, 0.1);

        // When / Then
        Assert.Equal(expected, schedule.At(step), 12);
    }

    [Fact]
    public void Without_warmup_the_first_step_runs_at_the_peak()
    {
        var schedule = new LrSchedule(3e-4, 0, 10, 0.0);

        Assert.Equal(3e-4, schedule.At(0), 15);
        Assert.Equal(3e-4 * 0.5 * (1 + Math.Cos(Math.PI * 0.5)), schedule.At(5), 15);
    }
}

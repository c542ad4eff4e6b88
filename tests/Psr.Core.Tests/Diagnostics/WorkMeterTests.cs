using Psr.Core.Diagnostics;

namespace Psr.Core.Tests.Diagnostics;

public sealed class WorkMeterTests
{
    [Fact]
    public async Task Records_go_to_the_scope_they_run_in_including_its_tasks()
    {
        // Given a meter in scope
        var meter = new WorkMeter();
        using (WorkMeter.Measure(meter))
        {
            // When work is recorded on this thread, in a task and after an await
            WorkMeter.Trained(tokens: 100, parameters: 10, TimeSpan.FromSeconds(2));
            await Task.Run(() => WorkMeter.Sampled(7, 20, 9, TimeSpan.FromSeconds(1)));
            await Task.Yield();
            WorkMeter.Judged(3);
        }

        // Then every record is summed, and nothing is recorded outside the scope
        WorkMeter.Judged(1000);
        Assert.Null(WorkMeter.Current);
        Assert.Equal(new WorkTotals(100, 6000, 2, 7, 20, 9, 1, 3), meter.Totals);
    }

    [Fact]
    public void Nested_scopes_restore_the_outer_meter()
    {
        var outer = new WorkMeter();
        var inner = new WorkMeter();
        using (WorkMeter.Measure(outer))
        {
            using (WorkMeter.Measure(inner))
                WorkMeter.Judged(2);
            WorkMeter.Judged(5);
        }
        Assert.Equal(2, inner.Totals.JudgeCalls);
        Assert.Equal(5, outer.Totals.JudgeCalls);
    }

    [Fact]
    public void Totals_add_field_by_field()
    {
        var a = new WorkTotals(1, 2, 3, 4, 5, 6, 7, 8);
        Assert.Equal(new WorkTotals(2, 4, 6, 8, 10, 12, 14, 16), a.Plus(a));
        Assert.True(WorkTotals.None.IsEmpty);
        Assert.False(a.IsEmpty);
    }
}

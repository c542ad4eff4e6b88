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
    public async Task Overlapping_generation_calls_count_their_wall_time_once()
    {
        // Given a meter, and two calls on two threads that are both open for at least 200 ms together (each enters,
        // meets the other at a barrier, then sleeps 200 ms)
        var meter = new WorkMeter();
        using var both = new Barrier(2);
        double[] own;
        using (WorkMeter.Measure(meter))
        {
            // When
            own = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                using (var call = WorkMeter.Sampling())
                {
                    both.SignalAndWait();
                    Thread.Sleep(200);
                    call.Done(sampledTokens: 10, prefillTokens: 4, decodeSlots: 12);
                }
                return clock.Elapsed.TotalSeconds;
            })));
        }

        // Then their tokens add up, and the seconds are the time any call ran: at least the longer call, and at least
        // the 200 ms overlap less than the two calls' own times added
        var work = meter.Totals;
        Assert.Equal((20L, 8L, 24L), (work.SampledTokens, work.PrefillTokens, work.DecodeSlots));
        Assert.InRange(work.SampleSeconds, own.Max() - 0.01, own.Sum() - 0.15);
    }

    [Fact]
    public void Sequential_generation_calls_add_their_seconds_and_not_the_time_between()
    {
        // Given / When two calls one after the other, 300 ms apart
        var meter = new WorkMeter();
        var calls = new List<double>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (WorkMeter.Measure(meter))
        {
            for (var i = 0; i < 2; i++)
            {
                var call = System.Diagnostics.Stopwatch.StartNew();
                using (WorkMeter.Sampling())
                    Thread.Sleep(50);
                calls.Add(call.Elapsed.TotalSeconds);
                if (i == 0)
                    Thread.Sleep(300);
            }
        }

        // Then
        Assert.InRange(meter.Totals.SampleSeconds, 0.099, calls.Sum());
        Assert.True(meter.Totals.SampleSeconds < clock.Elapsed.TotalSeconds - 0.29);
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

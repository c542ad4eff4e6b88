using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Stages;

public sealed class LoopResumeTests
{
    [Fact]
    public async Task Resuming_after_cancellations_at_random_points_gives_the_artifacts_of_an_uninterrupted_run()
    {
        // Given an uninterrupted reference run
        using var reference = new TempDir();
        var probe = new CountingProgress(int.MaxValue);
        await new SelfRewardingLoop(TinyRunConfig.Loop, RunDirectory.Create(reference.Path, TinyRunConfig.Loop), probe).RunAsync();
        var expected = RunArtifacts.Of(reference.Path);

        // When another run is cancelled at 4 random progress points (seeded) and resumed each time
        using var dir = new TempDir();
        RunDirectory.Create(dir.Path, TinyRunConfig.Loop);
        var random = new Random(20251126);
        var cancelled = 0;
        for (var attempt = 0; ; attempt++)
        {
            // Each attempt stops after a random number of progress reports (resumed work reports again, hence the half).
            var cut = attempt < 4 ? 1 + random.Next(probe.Reports / 2) : int.MaxValue;
            using var stop = new CountingProgress(cut);
            try
            {
                await new SelfRewardingLoop(TinyRunConfig.Loop, RunDirectory.Open(dir.Path).Run, stop).RunAsync(stop.Token);
                break;
            }
            catch (OperationCanceledException)
            {
                cancelled++;
            }
        }

        // Then it was really interrupted, and its final artifacts equal the reference's
        Assert.True(cancelled >= 3, $"only {cancelled} cancellations happened");
        Assert.Empty(RunArtifacts.Differences(expected, RunArtifacts.Of(dir.Path)));
    }

    /// <summary>Counts progress reports and cancels its token at the <c>cutAt</c>-th.</summary>
    private sealed class CountingProgress(int cutAt) : IProgress<StageProgress>, IDisposable
    {
        private readonly CancellationTokenSource _source = new();

        public int Reports { get; private set; }

        public CancellationToken Token => _source.Token;

        public void Report(StageProgress value)
        {
            if (++Reports >= cutAt)
                _source.Cancel();
        }

        public void Dispose() => _source.Dispose();
    }
}

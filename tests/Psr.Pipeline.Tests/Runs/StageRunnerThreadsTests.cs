using Psr.Model.Generation;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Tests.Config;
using Psr.Pipeline.Tests.Lanes;

namespace Psr.Pipeline.Tests.Runs;

[Collection(TorchThreadSettingsCollection.Name)]
public sealed class StageRunnerThreadsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(0, 2)] // no run setting: the stage inherits whatever its calling thread had
    public void A_stage_runs_on_the_runs_thread_count_whatever_the_calling_thread_last_had(int runThreads, int expected)
    {
        // Given a thread that last ran someone else's ops on two intra-op threads (a server's other run, a test host)
        using var dir = new TempDir();
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), Psr.Pipeline.Config.RunPresets.Smoke);
        var stage = new ThreadProbeStage();
        var after = 0;
        var thread = new Thread(() =>
        {
            using (IntraOpThreads.Use(2))
            {
                // When a runner for a run on runThreads threads runs a stage there
                new StageRunner(run, threads: runThreads).RunAsync(stage).GetAwaiter().GetResult();
                after = IntraOpThreads.Current;
            }
        });
        thread.Start();
        thread.Join();

        // Then the stage's work saw the run's count, and the thread has its own count back
        Assert.Equal(expected, stage.Seen);
        Assert.Equal(2, after);
    }

    private sealed class ThreadProbeStage : IStage
    {
        public int Seen { get; private set; }

        public StageId Id { get; } = new(1, "probe");

        public string ConfigHash => "probe";

        public IReadOnlyList<string> Inputs => [];

        public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
        {
            Seen = IntraOpThreads.Current;
            File.WriteAllText(context.PathOf("seen.txt"), Seen.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.FromResult(new StageOutcome([context.Artifact("seen.txt")], new Dictionary<string, long>()));
        }
    }
}

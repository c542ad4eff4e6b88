using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Reports.Comparisons;

namespace Psr.Reports.Tests;

/// <summary>
/// One test-sized experiment (seconds): both methods × three seeds of the tiny loop, each in its own sub-run, then the
/// experiment report at the root — what <c>psr run --methods process,outcome --seeds 1,2,3</c> does.
/// </summary>
public sealed class TinyExperimentRun : IDisposable
{
    public TinyExperimentRun()
    {
        Root = Path.Combine(Path.GetTempPath(), "psr-experiment-" + Guid.NewGuid().ToString("N"));
        var tiny = TinyReportRun.Config;
        Config = tiny with
        {
            Outcome = new OutcomeConfig { BatchSize = 2 },
            Experiment = new ExperimentConfig { Methods = [SelfRewardingMethod.Process, SelfRewardingMethod.Outcome], Seeds = [1, 2, 3] },
        };
        var run = RunDirectory.Create(Root, Config);
        foreach (var sub in ExperimentPlan.Of(Config))
        {
            var root = Path.Combine(run.Root, sub.Name);
            new SelfRewardingLoop(sub.Config, RunDirectory.Create(root, sub.Config)).RunAsync().GetAwaiter().GetResult();
            if (sub.Config.Experiment.Method == SelfRewardingMethod.Process)
                TestVerdicts.Give(root); // the outcome sub-runs keep their unparsed records: no step-judge numbers
        }
        (Reports, Comparison) = ExperimentReport.Write(Root);
    }

    /// <summary>The experiment's folder.</summary>
    public string Root { get; }

    /// <summary>The experiment's configuration.</summary>
    public RunConfig Config { get; }

    /// <summary>The sub-runs' reports.</summary>
    public IReadOnlyList<RunReport> Reports { get; }

    /// <summary>The comparison as returned by the writer.</summary>
    public RunComparison Comparison { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

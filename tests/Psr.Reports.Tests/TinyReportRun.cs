using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Reports.Tests;

/// <summary>One test-sized run of the whole loop (a 1-layer model, two rounds; seconds) with its report written, shared by the tests.</summary>
public sealed class TinyReportRun : IDisposable
{
    public TinyReportRun()
    {
        Root = Path.Combine(Path.GetTempPath(), "psr-report-" + Guid.NewGuid().ToString("N"));
        new SelfRewardingLoop(Config, RunDirectory.Create(Root, Config)).RunAsync().GetAwaiter().GetResult();
        Report = ReportWriter.Write(Root);
    }

    /// <summary>The tiny loop's configuration (a 1-layer model, two rounds).</summary>
    public static RunConfig Config { get; } = RunPresets.Smoke with
        {
            Data = RunPresets.Smoke.Data with { IftProblems = 24, EftPairs = 24, EftTestPairs = 3 },
            Model = new ModelConfig { Size = ModelSize.Test, Threads = 1 },
            Sft = new SftConfig { Steps = 4, BatchSize = 8, WarmupSteps = 1, CheckpointEvery = 2, MaxSequenceTokens = 128, DevEvery = 2, DevProblems = 3 },
            Search = RunPresets.Smoke.Search with { Width = 2, MaxExpansions = 2, MaxStepTokens = 6, ActiveQuestions = 2, PolicyBatchSize = 4, JudgeBatchSize = 4 },
            Judge = new JudgeConfig { MaxNewTokens = 6 },
            Evaluation = RunPresets.Smoke.Evaluation with
            {
                TestProblems = 6, TestTimeProblems = 2, MaxSolutionTokens = 8, BatchSize = 2,
                TestTimeSearch = RunPresets.Smoke.Search with { Width = 2, MaxExpansions = 2, MaxStepTokens = 6 },
            },
            Rounds = [new() { Name = "M2", Questions = 3 }, new() { Name = "M3", Questions = 2 }],
        };

    /// <summary>The run's folder.</summary>
    public string Root { get; }

    /// <summary>The report as returned by the writer.</summary>
    public RunReport Report { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

using Psr.Pipeline.Config;

namespace Psr.Testing;

/// <summary>Test-sized runs of the whole loop: a 16-wide, 1-layer model, a few questions; seconds, not minutes.</summary>
public static class TinyRunConfig
{
    /// <summary>One round of three questions.</summary>
    public static RunConfig Loop { get; } = RunPresets.Smoke with
    {
        Data = RunPresets.Smoke.Data with { IftProblems = 24, EftPairs = 24, EftTestPairs = 3 },
        Model = new ModelConfig { Size = ModelSize.Test, Threads = 1 },
        Sft = new InitSftConfig { Steps = 6, BatchSize = 8, WarmupSteps = 1, CheckpointEvery = 2, MaxSequenceTokens = 128 },
        Search = RunPresets.Smoke.Search with
        {
            Width = 2, MaxExpansions = 2, MaxStepTokens = 6, ActiveQuestions = 2, PolicyBatchSize = 4, JudgeBatchSize = 4,
        },
        Judge = new JudgeConfig { MaxNewTokens = 6 },
        Evaluation = RunPresets.Smoke.Evaluation with
        {
            TestProblems = 6, TestTimeProblems = 2, MaxSolutionTokens = 8, BatchSize = 2,
            TestTimeSearch = RunPresets.Smoke.Search with { Width = 2, MaxExpansions = 2, MaxStepTokens = 6 },
        },
        Rounds = [new() { Name = "M2", Questions = 3 }],
    };

    /// <summary><see cref="Loop"/> with two rounds, a shorter Init and its learning curve: what a report shows.</summary>
    public static RunConfig Report { get; } = Loop with
    {
        Sft = Loop.Sft with { Steps = 4, DevEvery = 2, DevProblems = 3 },
        Rounds = [new() { Name = "M2", Questions = 3 }, new() { Name = "M3", Questions = 2 }],
    };
}

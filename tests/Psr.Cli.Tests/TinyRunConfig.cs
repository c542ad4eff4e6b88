namespace Psr.Cli.Tests;

/// <summary>A test-sized run configuration over the smoke preset: a 1-layer model and a handful of questions.</summary>
internal static class TinyRunConfig
{
    public const string Json = """
        {"preset": "smoke", "model": {"size": "Test", "threads": 1},
         "data": {"iftProblems": 16, "eftPairs": 16, "eftTestPairs": 2},
         "sft": {"steps": 2, "batchSize": 4, "warmupSteps": 1, "checkpointEvery": 1},
         "search": {"width": 2, "maxExpansions": 1, "maxStepTokens": 4},
         "judge": {"maxNewTokens": 4},
         "evaluation": {"testProblems": 2, "testTimeProblems": 1, "maxSolutionTokens": 4,
                        "testTimeSearch": {"width": 2, "maxExpansions": 1, "maxStepTokens": 4}},
         "rounds": [{"name": "M2", "questions": 2}]}
        """;
}

using System.Text.Json;
using Psr.Backends.OpenAI.Roles;
using Psr.Extensions.External;
using Psr.Extensions.RealData;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.Serve.Hosting;

namespace Psr.Serve.Tests.Runs;

/// <summary>Test-sized runs of the whole loop (a 16-wide, 1-layer model), in-process or with served roles, and their artifacts.</summary>
internal static class LoopRuns
{
    /// <summary>
    /// The tiny run from <paramref name="baseModel"/> (<see cref="BigramBase"/>); <paramref name="temperature"/> 0 =
    /// greedy policy, else seeded sampling. The judge samples (temperature 1, each comparison's seed).
    /// </summary>
    public static RunConfig Config(double temperature, string baseModel) => RunPresets.Smoke with
    {
        Data = RunPresets.Smoke.Data with { IftProblems = 24, EftPairs = 24, EftTestPairs = 3 },
        Model = new ModelConfig { Size = ModelSize.Pretrained, Checkpoint = baseModel, Threads = 1 },
        Sft = new InitSftConfig { Steps = 2, BatchSize = 8, WarmupSteps = 1, CheckpointEvery = 2, MaxSequenceTokens = 128, LearningRate = 1e-5 },
        Search = RunPresets.Smoke.Search with
        {
            Width = 3, MaxExpansions = 4, MaxStepTokens = 10, ActiveQuestions = 2, PolicyBatchSize = 4, JudgeBatchSize = 4, Temperature = temperature,
        },
        Judge = new JudgeConfig { MaxNewTokens = 10, Temperature = 1 },
        Evaluation = RunPresets.Smoke.Evaluation with
        {
            TestProblems = 6, TestTimeProblems = 2, MaxSolutionTokens = 8, BatchSize = 2,
            TestTimeSearch = RunPresets.Smoke.Search with { Width = 2, MaxExpansions = 2, MaxStepTokens = 6, Temperature = temperature },
        },
        Rounds = [new() { Name = "M2", Questions = 3 }, new() { Name = "M3", Questions = 3 }],
    };

    /// <summary><paramref name="config"/> with the policy and the judge on <paramref name="server"/>, models named by checkpoint path.</summary>
    public static RunConfig Served(RunConfig config, Uri server, int maxRetries = 8, double retryDelaySeconds = 0.05, string model = "{checkpoint}")
    {
        var role = new RoleBackendConfig
        {
            Backend = ModelBackend.OpenAiCompatible, BaseUrl = server.ToString(), Model = model, MaxInFlight = 4,
            MaxRetries = maxRetries, RetryBaseDelaySeconds = retryDelaySeconds, RequestTimeoutSeconds = 60, ApiKeyVariable = "PSR_SERVE_TEST_NO_KEY",
        };
        return config with { Backends = new BackendsConfig { Policy = role, Judge = role with { MaxInFlight = 3 } } };
    }

    /// <summary>Runs (or resumes) the loop in <paramref name="root"/>.</summary>
    public static async Task RunAsync(RunConfig config, string root, HttpMessageHandler? handler = null)
    {
        var run = File.Exists(Path.Combine(root, "config.json")) ? RunDirectory.Open(root).Run : RunDirectory.Create(root, config);
        await new SelfRewardingLoop(config, run, remote: new EndpointRoles(handler: handler), extensions: [new RealDataStages(), new ExternalStages()]).RunAsync();
    }

    /// <summary>A psr serve for every checkpoint under <paramref name="root"/> (no fixed model).</summary>
    public static Task<PsrServer> ServeAsync(string root, int port = 0) =>
        PsrServer.StartAsync(null, new ServeOptions { Port = port, CheckpointsUnder = root, MaxN = 8, MaxTokens = 64 });

    /// <summary>Every stage's output hashes, from the manifests (all stages must be done).</summary>
    public static SortedDictionary<string, string> Outputs(string root)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var manifest in Manifests(root))
        {
            Assert.Equal(StageStatus.Done, manifest.Status);
            foreach (var output in manifest.Outputs)
                all[output.Path] = output.Sha256;
        }
        return all;
    }

    /// <summary>Every stage manifest of a run.</summary>
    public static List<StageManifest> Manifests(string root) => Directory
        .EnumerateFiles(Path.Combine(root, "stages"), "manifest.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(p => JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(p), ArtifactJson.Indented)!).ToList();

    /// <summary>A count summed over every manifest (0 where absent).</summary>
    public static long Sum(string root, string key) => Manifests(root).Sum(m => m.Counts.TryGetValue(key, out var v) ? v : 0);
}

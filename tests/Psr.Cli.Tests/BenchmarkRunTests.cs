using System.Text.Json.Nodes;
using Psr.Eval.Benchmarks;
using Psr.Pipeline.Config;
using Psr.Extensions.External.Exports;
using Psr.Extensions.External.Training;
using Psr.Extensions.RealData.Stages;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;
using Psr.Cli.Tests.Runs;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;
using Psr.Serve.Tests.Runs;
using Psr.World.Eft;
using Psr.World.Judging;

namespace Psr.Cli.Tests;

/// <summary>
/// <c>psr run</c> on GSM8K (<c>data.source = Benchmark</c>): policy and judge on a scripted OpenAI-compatible server,
/// M1 and step-DPO by a script standing in for an external trainer (it copies its base checkpoint).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class BenchmarkRunTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-bench-").FullName;
    private ScriptedMathServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedMathServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private static string Gsm8kTrain => Path.Combine(BenchmarkDirectory.Find(AppContext.BaseDirectory)!, "gsm8k", "train.jsonl");

    private RunConfig Config()
    {
        var baseModel = Path.Combine(_dir, "m0");
        BigramBase.Save(baseModel);
        var eft = Path.Combine(_dir, "eft.jsonl");
        ArtifactJsonl.Write(eft, [Eft("e1", "1+1=2", "1+1=3", PairVerdict.A), Eft("e2", "2*3=7", "2*3=6", PairVerdict.B)]);
        var script = Path.Combine(_dir, "trainer.sh");
        File.WriteAllText(script, "#!/bin/sh\nset -e\nif [ \"$4\" = M1 ]; then rows=\"$1/sft.jsonl\"; else rows=\"$1/preference.jsonl\"; fi\n" +
            "echo \"training $4 on $(wc -l < \"$rows\") rows\"\ncp \"$2\"/* \"$3\"/\n");
        var role = new RoleBackendConfig
        {
            Backend = ModelBackend.OpenAiCompatible, BaseUrl = _server.BaseAddress.ToString(), Model = "{model}", MaxInFlight = 4, MaxRetries = 1,
            RetryBaseDelaySeconds = 0.05, RequestTimeoutSeconds = 60, ApiKeyVariable = "PSR_BENCH_TEST_NO_KEY",
        };
        return RunPresets.Smoke with
        {
            Data = new DataConfig
            {
                Source = DataSource.Benchmark, BenchmarkPath = Gsm8kTrain, IftProblems = 4, TestBenchmark = "gsm8k", EftPath = eft, EftTestPath = eft,
            },
            Model = new ModelConfig { Size = ModelSize.Pretrained, Checkpoint = baseModel, Threads = 1 },
            Search = RunPresets.Smoke.Search with { Width = 3, MaxExpansions = 8, ActiveQuestions = 2, PolicyBatchSize = 4, JudgeBatchSize = 4 },
            Judge = new JudgeConfig { Template = JudgeTemplate.PaperFigure5, MaxNewTokens = 32 },
            Evaluation = RunPresets.Smoke.Evaluation with
            {
                TestProblems = 3, TestTimeProblems = 0, MaxSolutionTokens = 64, BatchSize = 2, Benchmarks = [new BenchmarkEvalConfig { Benchmark = "gsm8k", Limit = 2 }],
            },
            Rounds = [new() { Name = "M2", Questions = 2 }],
            Backends = new BackendsConfig
            {
                Policy = role, Judge = role,
                Trainer = new ExternalTrainerConfig { Command = $"sh {TrainerCommandLine.PosixQuote(script)} {{data}} {{base}} {{output}} {{round}}", PromptStyle = PromptStyle.Paper, TimeoutMinutes = 5 },
            },
        };
    }

    private static EftExample Eft(string id, string a, string b, PairVerdict verdict) =>
        new(id, JudgePrompt.Format("Compute.", [], a, b), "check", a, b, CandidateMark.Right, CandidateMark.Wrong, verdict, EftPairKind.RightVsWrong, "test");

    [Fact]
    public async Task A_gsm8k_run_with_served_roles_and_a_trainer_script_writes_ift_pairs_and_graded_benchmark_accuracy()
    {
        // Given a GSM8K run: 4 IFT problems, 1 round of 2 questions, 3 test problems, gsm8k (2 items) as an extra benchmark
        var configFile = Path.Combine(_dir, "bench.json");
        File.WriteAllText(configFile, RunConfigFile.Canonical(Config()));
        var out_ = Path.Combine(_dir, "run");

        // When psr run runs it
        var (code, _, err) = await Task.Run(() => CapturedConsole.Run(["run", "--config", configFile, "--out", out_]));

        // Then the IFT artifact holds the 4 gold solutions split by the GSM8K rules, none unsplit
        Assert.True(code == 0, err);
        string Stage(string folder, string file) => Path.Combine(out_, "stages", folder, file);
        var ift = ArtifactJsonl.Read<BenchmarkIftRecord>(Stage("00-ift", "ift.jsonl"));
        Assert.Equal(4, ift.Count);
        Assert.All(ift, r => Assert.Matches(@"^ The answer is \\boxed\{[^}]+\}\.$", r.Steps[^1]));
        Assert.All(ift, r => Assert.DoesNotContain(r.Steps, s => s.Contains("<<", StringComparison.Ordinal)));
        Assert.Empty(ArtifactJsonl.Read<UnsplitRecord>(Stage("00-ift", BenchmarkIftStage.UnsplitFile)));
        // M1 was trained by the script on IFT + EFT rows in Figure 4 format
        var sft = File.ReadAllLines(Stage("01-init", "export/sft.jsonl"));
        Assert.Equal(4 + 2, sft.Length);
        Assert.StartsWith(StepPromptText.Figure4, JsonNode.Parse(sft[0])!["prompt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("training M1 on 6 rows", File.ReadAllText(Stage("01-init", ExternalTrainStage.LogFile)), StringComparison.Ordinal);
        // the round searched 2 questions that are not IFT problems and made pairs (best = the judge's favourite " x1 = 0.")
        var questions = ArtifactJsonl.Read<SearchQuestion>(Stage("02-search", RoundSearchStage.QuestionsFile));
        Assert.Equal(2, questions.Count);
        Assert.Empty(questions.Select(q => q.Id).Intersect(ift.Select(r => r.Id)));
        var pairs = ArtifactJsonl.Read<StepPair>(Stage("02-search", SearchStage.PairsFile));
        Assert.Equal(6, pairs.Count);
        Assert.Contains(pairs, p => p.Chosen == " x1 = 0." && p.Rejected == " x1 = 2.");
        Assert.Contains("training M2 on 6 rows", File.ReadAllText(Stage("02-step-dpo", ExternalTrainStage.LogFile)), StringComparison.Ordinal);
        // every model was graded by Psr.Eval on GSM8K test (only Janet's ducks, item 0, is answered right) and on the extra benchmark
        foreach (var folder in new[] { "01-evaluate", "02-evaluate" })
        {
            var evaluation = EvaluateStage.Read(Stage(folder, EvaluateStage.EvaluationFile));
            Assert.Equal((3, 1), (evaluation.Greedy.Problems, evaluation.Greedy.Correct));
            Assert.Null(evaluation.Greedy.ProcessCorrect);
            Assert.Null(evaluation.Pairs);
            Assert.Equal(1.0, evaluation.Judge!.Accuracy);
            var bench = Assert.Single(evaluation.Benchmarks!);
            Assert.Equal((2, 1, 0.5, 0), (bench.Items, bench.Correct, bench.Accuracy, bench.Truncated));
            var records = ArtifactJsonl.Read<GreedyRecord>(Stage(folder, bench.File));
            Assert.Equal(["18", "0"], records.Select(r => r.Extracted));
        }
        var summary = File.ReadAllText(Path.Combine(out_, RunSummary.MarkdownFile));
        Assert.Contains("| gsm8k acc [95% CI] (truncated) |", summary, StringComparison.Ordinal);
        Assert.Contains("| M2 | 50.0% [", summary, StringComparison.Ordinal);
        // and report.json recomputes it from the records, with its interval and truncation rate
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(out_, Psr.Reports.RunReport.JsonFile)))!;
        var reported = report["models"]![1]!["benchmarks"]![0]!;
        Assert.Equal((0.5, 0.0), (reported["accuracy"]!.GetValue<double>(), reported["truncationRate"]!.GetValue<double>()));
        Assert.NotNull(reported["interval"]!["low"]);
    }
}

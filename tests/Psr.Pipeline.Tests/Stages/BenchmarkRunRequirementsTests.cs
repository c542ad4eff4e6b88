using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;

namespace Psr.Pipeline.Tests.Stages;

public sealed class BenchmarkRunRequirementsTests
{
    private static readonly RoleBackendConfig Served = new() { Backend = ModelBackend.OpenAiCompatible, BaseUrl = "http://127.0.0.1:8000/v1" };

    /// <summary>A benchmark run that meets every need.</summary>
    private static RunConfig Runnable => RunPresets.Smoke with
    {
        Data = new DataConfig { Source = DataSource.Benchmark, BenchmarkPath = "train.jsonl", EftPath = "eft.jsonl" },
        Judge = new JudgeConfig { Template = JudgeTemplate.PaperFigure5 },
        Evaluation = RunPresets.Smoke.Evaluation with { TestTimeProblems = 0 },
        Backends = new BackendsConfig
        {
            Policy = Served, Judge = Served, Trainer = new ExternalTrainerConfig { Command = "train.sh {output}", PromptStyle = PromptStyle.Paper },
        },
    };

    [Fact]
    public void A_benchmark_run_with_served_roles_an_external_trainer_and_an_eft_file_is_accepted()
    {
        // When a runnable benchmark configuration is checked, Then nothing is refused
        SelfRewardingLoop.RequireSupported(Runnable);
    }

    [Fact]
    public void A_benchmark_run_with_the_in_process_model_is_refused_with_one_line_per_unmet_need()
    {
        // Given a benchmark source on the world's defaults (in-process roles, compact judge, no trainer, no EFT file)
        var config = RunPresets.Smoke with { Data = new DataConfig { Source = DataSource.Benchmark, BenchmarkPath = "train.jsonl" } };

        // When it is checked before any work
        var e = Assert.Throws<ConfigException>(() => SelfRewardingLoop.RequireSupported(config));

        // Then every unmet need is named with its key and value
        Assert.Contains("backends.policy.backend = TorchSharp: data.source = Benchmark needs the policy on an OpenAiCompatible endpoint (the in-process character model cannot encode benchmark text)", e.Message, StringComparison.Ordinal);
        Assert.Contains("backends.judge.backend = TorchSharp", e.Message, StringComparison.Ordinal);
        Assert.Contains("judge.template = Compact", e.Message, StringComparison.Ordinal);
        Assert.Contains("backends.trainer.command = null", e.Message, StringComparison.Ordinal);
        Assert.Contains("data.eftPath = null", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("segmenter", "backends.segmenter.backend = TorchSharp: data.segmentation = Model needs the segmenter")]
    [InlineData("testTime", "evaluation.testTimeProblems = 5: test-time search is not graded on a benchmark yet")]
    [InlineData("promptStyle", "backends.trainer.promptStyle = Lines")]
    [InlineData("safeguard", "safeguard.enabled = true: not supported with data.source = Benchmark yet")]
    public void Each_part_a_benchmark_run_cannot_do_is_refused_by_itself(string change, string expected)
    {
        // Given a runnable benchmark configuration with one change
        var c = Runnable;
        var config = change switch
        {
            "segmenter" => c with { Data = c.Data with { Segmentation = StepSegmentation.Model } },
            "testTime" => c with { Evaluation = c.Evaluation with { TestTimeProblems = 5 } },
            "promptStyle" => c with { Backends = c.Backends with { Trainer = c.Backends.Trainer with { PromptStyle = PromptStyle.Lines } } },
            _ => c with { Safeguard = new SafeguardConfig { Enabled = true } },
        };

        // When it is checked
        var e = Assert.Throws<ConfigException>(() => SelfRewardingLoop.RequireSupported(config));

        // Then that change is refused with its reason
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_benchmarks_on_a_world_run_with_the_in_process_policy_are_refused_before_any_work()
    {
        // Given the world with the in-process character model and gsm8k as an extra benchmark
        var config = RunPresets.Smoke with
        {
            Evaluation = RunPresets.Smoke.Evaluation with { Benchmarks = [new BenchmarkEvalConfig { Benchmark = "gsm8k", Limit = 10 }] },
        };

        // When it is checked
        var e = Assert.Throws<ConfigException>(() => SelfRewardingLoop.RequireSupported(config));

        // Then the one-line reason says the policy must be served
        Assert.Contains("evaluation.benchmarks: the in-process model of the world cannot encode benchmark text; serve the policy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_benchmarks_on_a_world_run_with_a_served_policy_are_accepted()
    {
        // Given the world with a served policy and gsm8k as an extra benchmark
        var config = RunPresets.Smoke with
        {
            Evaluation = RunPresets.Smoke.Evaluation with { Benchmarks = [new BenchmarkEvalConfig { Benchmark = "gsm8k" }] },
            Backends = new BackendsConfig { Policy = Served },
        };

        // When it is checked, Then nothing is refused
        SelfRewardingLoop.RequireSupported(config);
    }

    [Theory]
    [InlineData("", 0, "evaluation.benchmarks[0].benchmark = \"\": a benchmark name or .jsonl path is required")]
    [InlineData("gsm8k", -1, "evaluation.benchmarks[0].limit = -1: must be >= 0 (0 = all items)")]
    public void A_bad_benchmark_entry_is_a_configuration_problem_naming_its_key(string benchmark, int limit, string expected)
    {
        // Given an evaluation with one bad benchmark entry
        var eval = new EvaluationConfig { Benchmarks = [new BenchmarkEvalConfig { Benchmark = benchmark, Limit = limit }] };

        // When it is validated, Then the problem names the key path and value
        Assert.Contains(expected, eval.Problems());
    }
}

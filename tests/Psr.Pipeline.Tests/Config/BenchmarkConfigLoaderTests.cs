using Psr.Core.Errors;
using Psr.Eval.Benchmarks;
using Psr.Pipeline.Config;
using Psr.Roles.Backends;

namespace Psr.Pipeline.Tests.Config;

public sealed class BenchmarkConfigLoaderTests
{
    [Fact]
    public void A_benchmark_run_file_loads_its_data_segmenter_and_extra_benchmark_keys()
    {
        // Given a file with the real-data keys
        using var dir = new TempDir();
        var path = dir.File("bench.json", """
            {
              "data": { "source": "Benchmark", "benchmarkPath": "train.jsonl", "benchmarkFormat": "Gsm8k", "segmentation": "Model",
                        "testBenchmark": "math500", "eftPath": "eft.jsonl", "segmenterMaxTokens": 512 },
              "backends": { "segmenter": { "backend": "OpenAiCompatible", "baseUrl": "http://127.0.0.1:8002/v1", "model": "o1", "api": "Chat" } },
              "evaluation": { "benchmarks": [ { "benchmark": "aime24" }, { "benchmark": "gsm8k", "limit": 100 } ] }
            }
            """);

        // When it is loaded
        var config = RunConfigLoader.Load(configPath: path);

        // Then every key arrives typed
        Assert.Equal((DataSource.Benchmark, BenchmarkName.Gsm8k, StepSegmentation.Model, "math500", "eft.jsonl", 512),
            (config.Data.Source, config.Data.BenchmarkFormat, config.Data.Segmentation, config.Data.TestBenchmark, config.Data.EftPath, config.Data.SegmenterMaxTokens));
        Assert.Equal(("o1", EndpointRoute.Chat), (config.Backends.Segmenter.Model, config.Backends.Segmenter.Api));
        Assert.Equal([("aime24", 0), ("gsm8k", 100)], config.Evaluation.Benchmarks.Select(b => (b.Benchmark, b.Limit)));
    }

    [Fact]
    public void Bad_real_data_keys_are_reported_together_with_their_values()
    {
        // Given a file with a benchmark given as a bare string, an unknown format, a bad limit and rule-based MATH
        using var dir = new TempDir();
        var path = dir.File("bad.json", """
            {
              "data": { "source": "Benchmark", "benchmarkPath": "math.jsonl", "benchmarkFormat": "Math", "segmentation": "RuleBased", "segmenterMaxTokens": 0 },
              "evaluation": { "benchmarks": [ { "benchmark": "math500", "limit": -2 }, "gsm8k" ] }
            }
            """);

        // When it is loaded
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load(configPath: path));

        // Then each problem names its key path and value
        Assert.Contains(e.Problems, p => p.StartsWith("evaluation.benchmarks[1] = \"gsm8k\": expected an object", StringComparison.Ordinal));
        Assert.Contains("evaluation.benchmarks[0].limit = -2: must be >= 0 (0 = all items)", e.Problems);
        Assert.Contains("data.segmentation = RuleBased: the rule-based splitter splits GSM8K solutions only (benchmarkFormat = Math); use Model", e.Problems);
        Assert.Contains("data.segmenterMaxTokens = 0: must be > 0", e.Problems);
    }
}

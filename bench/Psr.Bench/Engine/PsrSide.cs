using System.Diagnostics;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Training.Losses;
using Psr.Training.Optimization;
using Psr.Training.Precision;
using static TorchSharp.torch;

namespace Psr.Bench.Engine;

/// <summary>
/// psr's side of each workload, in process, through the engine's public pieces: <see cref="Qwen2ForCausalLM"/>,
/// <see cref="AdamWFactory"/> + <see cref="GradientStep"/> + <see cref="MaskedCrossEntropy"/> (as the SFT trainer
/// uses them) and <see cref="TextGenerator"/> (as the pipeline samples).
/// </summary>
internal static class PsrSide
{
    /// <summary>Gradient clip bound, as the SFT trainer's default; the peer clips the same.</summary>
    public const double Clip = 1.0;

    public static Measurement Run(EngineWorkload w)
    {
        set_num_threads((int)w["threads"]);
        return w.Kind switch
        {
            WorkloadKind.Matmul => Matmul(w),
            WorkloadKind.Train => Train(w),
            WorkloadKind.Sample => Sample(w),
            _ => throw new ArgumentOutOfRangeException(nameof(w), w.Kind, null),
        };
    }

    /// <summary>The model both sides build: Qwen2 with QKV bias, tied embeddings, SwiGLU width round_up(8d/3, 32).</summary>
    public static Qwen2Config Config(EngineWorkload w) => new()
    {
        HiddenSize = (int)w["d"],
        IntermediateSize = (int)((8 * w["d"] / 3 + 31) / 32 * 32),
        NumHiddenLayers = (int)w["layers"],
        NumAttentionHeads = (int)w["heads"],
        NumKeyValueHeads = (int)w["kv_heads"],
        VocabSize = (int)w["vocab"],
        MaxPositionEmbeddings = (int)w["ctx"],
        TieWordEmbeddings = true,
        AttentionBias = w["bias"] != 0,
    };

    private static Measurement Matmul(EngineWorkload w)
    {
        var n = w["n"];
        using var scope = NewDisposeScope();
        var dtype = IsBf16(w) ? ScalarType.BFloat16 : ScalarType.Float32;
        var x = randn(n, n).to_type(dtype);
        var y = randn(n, n).to_type(dtype);
        using (x.mm(y)) { } // warm-up
        var best = 0.0;
        for (var r = 0; r < w["reps"]; r++)
        {
            var watch = Stopwatch.StartNew();
            using (x.mm(y)) { }
            best = Math.Max(best, 2.0 * n * n * n / watch.Elapsed.TotalSeconds / 1e9);
        }
        return new Measurement(best, null);
    }

    private static Measurement Train(EngineWorkload w)
    {
        using var model = Qwen2ForCausalLM.Create(Config(w), CPU, ModelDtype.Float32, w["seed"]);
        model.train();
        using var optimizer = AdamWFactory.Create(model, lr: 1e-3, new AdamWSettings { Beta2 = 0.999 }, weightDecay: 0.1);
        using var generator = new Generator((ulong)w["seed"], CPU);
        using var shadow = IsBf16(w) && !IsAutocast(w) ? new LowPrecisionShadow(model, ModelDtype.BFloat16) : null; // as SftTrainer's bfloat16 passes
        model.Matmul.Dtype = IsAutocast(w) ? ScalarType.BFloat16 : null; // as SftTrainer's bfloat16 products (sft MatmulDtype)
        long b = w["batch"], t = w["seq"];
        void Step()
        {
            using var scope = NewDisposeScope();
            shadow?.Pull();
            var ids = randint(0, w["vocab"], [b, t + 1], dtype: ScalarType.Int64, generator: generator); // (B, T+1)
            var logits = (shadow?.Model ?? model).forward(new DecoderInput(ids.narrow(1, 0, t))); // (B, T, V)
            var mask = ones(b, t); // every position is a response token
            var loss = MaskedCrossEntropy.Normalized(logits, ids.narrow(1, 1, t), mask, b * t);
            loss.backward();
            shadow?.PushGradients();
            GradientStep.Apply(model, optimizer, Clip);
        }
        for (var i = 0; i < w["warmup"]; i++)
            Step();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < w["steps"]; i++)
            Step();
        return new Measurement(w["steps"] * b * t / watch.Elapsed.TotalSeconds, Parameters(model));
    }

    private static Measurement Sample(EngineWorkload w)
    {
        using var full = Qwen2ForCausalLM.Create(Config(w), CPU, ModelDtype.Float32, w["seed"]);
        using var model = IsBf16(w) && !IsAutocast(w) ? full.CastCopy(ModelDtype.BFloat16) : full.CastCopy(ModelDtype.Float32);
        model.eval();
        model.Matmul.Dtype = IsAutocast(w) ? ScalarType.BFloat16 : null;
        var tokenizer = new AsciiTokenizer();
        var random = new Random((int)w["seed"]);
        long b = w["batch"], n = w["new"];
        var options = new SamplingOptions { MaxNewTokens = (int)n, Temperature = 1.0, StopStrings = ["\nStep "] };
        var generator = new TextGenerator(model, tokenizer);
        double Once(int round)
        {
            var prompts = Enumerable.Range(0, (int)b)
                .Select(_ => new string(Enumerable.Range(0, (int)w["prompt"]).Select(_ => (char)random.Next(32, 128)).ToArray()))
                .ToList();
            var watch = Stopwatch.StartNew();
            var completions = generator.Sample(prompts, options with { Seed = round });
            var seconds = watch.Elapsed.TotalSeconds;
            var tokens = completions.Sum(c => c.TokenIds.Length);
            if (tokens != b * n)
                throw new InvalidOperationException($"sampled {tokens} tokens, expected {b * n}");
            return tokens / seconds;
        }
        Once(0); // warm-up
        var best = Enumerable.Range(1, (int)w["reps"]).Max(Once);
        return new Measurement(best, Parameters(model));
    }

    private static bool IsBf16(EngineWorkload w) => w.Args.TryGetValue("bf16", out var v) && v != 0;

    private static bool IsAutocast(EngineWorkload w) => w.Args.TryGetValue("autocast", out var v) && v != 0;

    private static long Parameters(nn.Module model) => model.parameters().Sum(p => p.numel());
}

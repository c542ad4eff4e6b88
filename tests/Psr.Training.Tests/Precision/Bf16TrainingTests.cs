using Psr.Model.Qwen2;
using Psr.Training.Sft;
using Psr.Training.Tests.Fixtures;
using TorchSharp;

namespace Psr.Training.Tests.Precision;

/// <summary>
/// bfloat16 SFT (<c>model.trainingPrecision = BFloat16</c>: passes on a bfloat16 copy; <c>BFloat16Autocast</c>: only
/// the linear layers' products in bfloat16), float32 master weights and AdamW state. Parity: over the same 16 steps its losses fall as float32's do, within 5 % at every step after the
/// first, and its weights move as float32's (mean difference under half the mean float32 update; Adam's near-sign
/// updates amplify rounding in coordinates whose gradient is near zero, so a per-weight bound would test noise).
/// </summary>
public sealed class Bf16TrainingTests
{
    private static readonly SftConfig Config = new()
    {
        LearningRate = 3e-3, WarmupSteps = 2, Steps = 16, BatchSize = 4, BucketBatches = 2, MaxSequenceTokens = 16, Seed = 7,
    };

    [Theory]
    [InlineData(ModelDtype.BFloat16, ModelDtype.Float32)] // a bfloat16 copy computes the passes
    [InlineData(ModelDtype.Float32, ModelDtype.BFloat16)] // autocast-style: only the products in bfloat16
    public void Bf16_training_lowers_the_loss_like_float32_and_keeps_float32_master_weights(ModelDtype passes, ModelDtype products)
    {
        var tokenizer = new TestCharTokenizer();
        double[] Losses(ModelDtype compute, ModelDtype matmul, out Qwen2ForCausalLM trained)
        {
            trained = TinyModels.Create(seed: 2);
            var result = new SftTrainer(trained, tokenizer, Config with { ComputeDtype = compute, MatmulDtype = matmul }).Train(ToyData.Sums(24));
            return result.History.Select(h => h.Loss).ToArray();
        }

        // When the same model and data train in float32 and in bfloat16
        var exact = Losses(ModelDtype.Float32, ModelDtype.Float32, out var a);
        var mixed = Losses(passes, products, out var b);
        using (a)
        using (b)
        {
            // Then the bfloat16 run's loss falls, tracks float32's within 5 %, and its weights stay float32 and moved like float32's
            Assert.True(mixed[^1] < 0.8 * mixed[0], $"bf16 loss {mixed[0]} → {mixed[^1]}");
            for (var i = 1; i < exact.Length; i++)
                Assert.True(Math.Abs(mixed[i] - exact[i]) <= 0.05 * exact[i], $"step {i + 1}: bf16 {mixed[i]} vs f32 {exact[i]}");
            Assert.All(b.parameters(), p => Assert.Equal(torch.ScalarType.Float32, p.dtype));
            Assert.Null(b.Matmul.Dtype); // the trained model generates in float32 afterwards
            Assert.True(mixed.Zip(exact).Any(p => p.First != p.Second), "the low-precision run should round something");
            using var init = TinyModels.Create(seed: 2);
            var (w0, wa, wb) = (TinyModels.Snapshot(init), TinyModels.Snapshot(a), TinyModels.Snapshot(b));
            double Mean(Func<string, int, double> f) => wa.Keys.SelectMany(k => Enumerable.Range(0, wa[k].Length).Select(i => f(k, i))).Average();
            var moved = Mean((k, i) => Math.Abs(wa[k][i] - w0[k][i]));
            var apart = Mean((k, i) => Math.Abs(wa[k][i] - wb[k][i]));
            Assert.True(apart < 0.5 * moved, $"mean weight difference {apart} vs mean float32 update {moved}");
        }
    }
}

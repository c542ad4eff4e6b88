using Psr.Model.Qwen2;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Precision;

/// <summary>
/// Autocast-style products (<see cref="MatmulPrecision"/>): the float32 model multiplies in bfloat16 and keeps
/// everything else float32. Same tolerance as the bfloat16 copy (3 % of the largest logit), gradients in float32 that
/// point where float32's do.
/// </summary>
public sealed class MatmulPrecisionTests
{
    private static Qwen2ForCausalLM Model(bool tied = false) => TinyModels.Spread(seed: 3, tied);

    private static Tensor Ids(Qwen2ForCausalLM model)
    {
        using var generator = new torch.Generator(5, CPU);
        return randint(0, model.Config.VocabSize, [4, 24], dtype: ScalarType.Int64, generator: generator);
    }

    [Fact]
    public void Bfloat16_products_give_float32_logits_within_3_percent_and_switch_back_exactly()
    {
        // Given a float32 model
        using var model = Model();
        using var scope = NewDisposeScope();
        var ids = Ids(model);
        using var noGrad = no_grad();

        // When it scores the same tokens in float32, with bfloat16 products, and in float32 again
        var exact = model.forward(new DecoderInput(ids));
        model.Matmul.Dtype = ScalarType.BFloat16;
        var mixed = model.forward(new DecoderInput(ids));
        model.Matmul.Dtype = null;
        var again = model.forward(new DecoderInput(ids));

        // Then the mixed logits are float32, differ (the products were rounded) but within tolerance; unset is exact again
        Assert.Equal(ScalarType.Float32, mixed.dtype);
        var worst = (mixed - exact).abs().max().ToDouble();
        var scale = exact.abs().max().ToDouble();
        Assert.True(scale > 1, $"logit scale {scale}");
        Assert.True(worst > 0, "bfloat16 products should round something");
        Assert.True(worst <= 0.03 * scale, $"max |Δlogit| {worst} > 3 % of {scale}");
        Assert.Equal(0.0, (again - exact).abs().max().ToDouble());
        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float32, p.dtype));
    }

    [Fact]
    public void Gradients_through_bfloat16_products_reach_the_float32_weights_and_agree_with_float32()
    {
        // Given a float32 model with a tied LM head (the head's product goes through the embedding matrix) and a loss on fixed tokens
        using var model = Model(tied: true);
        Dictionary<string, Tensor> Gradients(ScalarType? products)
        {
            model.zero_grad();
            model.Matmul.Dtype = products;
            using (var scope = NewDisposeScope())
            {
                var ids = Ids(model);
                var logits = model.forward(new DecoderInput(ids.narrow(1, 0, 23)));
                var loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[2]), ids.narrow(1, 1, 23).reshape(-1));
                loss.backward();
            }
            model.Matmul.Dtype = null;
            return model.named_parameters().ToDictionary(p => p.name, p => p.parameter.grad!.detach().clone());
        }

        // When the same loss is differentiated in float32 and with bfloat16 products
        var exact = Gradients(null);
        var mixed = Gradients(ScalarType.BFloat16);
        try
        {
            // Then every weight, the tied embedding included, gets a float32 gradient pointing where float32's does
            Assert.Equal(exact.Keys.Order(), mixed.Keys.Order());
            foreach (var (name, g) in exact)
            {
                var m = mixed[name];
                Assert.Equal(ScalarType.Float32, m.dtype);
                using var cos = nn.functional.cosine_similarity(g.flatten(), m.flatten(), dim: 0);
                Assert.True(cos.ToDouble() > 0.99, $"{name}: cosine {cos.ToDouble()}");
            }
        }
        finally
        {
            foreach (var g in exact.Values.Concat(mixed.Values))
                g.Dispose();
        }
    }
}

using Psr.Model.Qwen2;
using Psr.Training.Optimization;
using Psr.Training.Tests.Fixtures;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Optimization;

public sealed class OwnedAdamWTests
{
    // Weight decay on (matrices) and off (norms, biases) in the two groups AdamWFactory builds; β2 below 0.999 so the
    // bias corrections differ visibly from 1 over a few steps.
    private static AdamW Optimizer(Qwen2ForCausalLM model) => AdamWFactory.Create(model, 1e-2, new AdamWSettings(), 0.1);

    // A fixed loss per step (inputs drawn from the step number), so both models see the same gradients as long as
    // their weights agree.
    private static void Backward(Qwen2ForCausalLM model, int step)
    {
        using var scope = NewDisposeScope();
        var ids = tensor(Enumerable.Range(0, 12).Select(i => (long)((i * 7 + step * 13) % 98)).ToArray(), [2, 6]);
        var logits = model.forward(new DecoderInput(ids)); // (2, 6, V)
        var loss = logits.square().mean(); // any smooth function of every parameter
        loss.backward();
    }

    private static void Train(Qwen2ForCausalLM model, AdamW optimizer, bool owned, int steps)
    {
        model.train();
        for (var step = 0; step < steps; step++)
        {
            AdamWFactory.SetLearningRate(optimizer, 1e-2 * (step + 1) / steps); // a schedule, as the trainers use
            Backward(model, step);
            if (owned)
                OwnedAdamW.Step(optimizer);
            else
                optimizer.step();
            optimizer.zero_grad();
        }
    }

    private static byte[] SavedState(AdamW optimizer)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            optimizer.save_state_dict(writer);
        return stream.ToArray();
    }

    [Fact]
    public void Five_steps_match_TorchSharps_AdamW_in_weights_and_optimizer_state()
    {
        // Given two identical tiny models, each with the optimizer the trainers build
        using var reference = TinyModels.Create(seed: 5);
        using var owned = TinyModels.Create(seed: 5);
        using var referenceOptimizer = Optimizer(reference);
        using var ownedOptimizer = Optimizer(owned);
        var start = TinyModels.Snapshot(owned);

        // When one steps with TorchSharp's AdamW.step and the other with OwnedAdamW.Step, five times
        Train(reference, referenceOptimizer, owned: false, steps: 5);
        Train(owned, ownedOptimizer, owned: true, steps: 5);

        // Then every parameter moved, and both agree to 1e-6
        var expected = TinyModels.Snapshot(reference);
        var actual = TinyModels.Snapshot(owned);
        Assert.All(start, p => Assert.NotEqual(p.Value, actual[p.Key]));
        foreach (var (name, values) in expected)
        {
            var worst = values.Zip(actual[name], (e, a) => Math.Abs(e - a)).Max();
            Assert.True(worst <= 1e-6, $"{name}: max |Δ| = {worst}");
        }
        // and the saved optimizer state (step counts, moments, options) is byte for byte the same
        Assert.Equal(SavedState(referenceOptimizer), SavedState(ownedOptimizer));
    }

    [Fact]
    public void Weight_decay_applies_to_matrices_only_as_in_TorchSharp()
    {
        // Given a model whose gradients are all zero
        using var model = TinyModels.Create(seed: 2);
        using var optimizer = Optimizer(model);
        using (NewDisposeScope())
        {
            foreach (var p in model.parameters())
                p.grad = zeros_like(p);
        }
        var before = TinyModels.Snapshot(model);

        // When it steps once at lr 1e-2, decay 0.1
        OwnedAdamW.Step(optimizer);

        // Then matrices shrink by exactly (1 - lr·decay); 1-D parameters stay (Adam's update of a zero gradient is 0)
        var after = TinyModels.Snapshot(model);
        var shapes = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.dim());
        foreach (var (name, values) in before)
        {
            var factor = shapes[name] >= 2 ? (float)(1 - 1e-2 * 0.1) : 1f;
            var worst = values.Zip(after[name], (b, a) => Math.Abs(b * factor - a)).Max();
            Assert.True(worst <= 1e-7, $"{name}: max |Δ| = {worst}");
        }
    }

    [Fact]
    public void State_saved_after_owned_steps_resumes_in_TorchSharps_AdamW()
    {
        // Given a model trained 3 steps with owned steps and its optimizer state saved
        using var model = TinyModels.Create(seed: 9);
        using var optimizer = Optimizer(model);
        Train(model, optimizer, owned: true, steps: 3);
        var saved = SavedState(optimizer);

        // When a fresh TorchSharp AdamW loads that state
        using var other = TinyModels.Create(seed: 9);
        using var loaded = Optimizer(other);
        using (var reader = new BinaryReader(new MemoryStream(saved)))
            loaded.load_state_dict(reader);

        // Then it holds the same state (the checkpoint format is TorchSharp's)
        Assert.Equal(saved, SavedState(loaded));
        Assert.All(loaded.state_dict().State, s => Assert.Equal(3L, ((AdamW.State)s).step));
    }

    [Fact]
    public void Amsgrad_is_refused_rather_than_silently_ignored()
    {
        using var model = TinyModels.Create();
        using var optimizer = optim.AdamW(model.parameters(), amsgrad: true);

        Assert.Throws<NotSupportedException>(() => OwnedAdamW.Step(optimizer));
    }
}

using System.Diagnostics;
using System.Globalization;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Training.Losses;
using Psr.Training.Optimization;
using Psr.Training.Tests.Fixtures;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Native;

/// <summary>
/// Issue 14 §1: a native Scalar freed by its finalizer while a native call still reads it aborts the process. Here a
/// thread forces full collections and finalizers nonstop while the model's hot paths run: forwards, sampling (call-wide
/// and per-row streams, temperature and top-p, left padding), losses and optimizer steps. A native abort kills the
/// test host, which fails the run. <c>PSR_GC_STRESS_SECONDS</c> lengthens it for a manual soak (default 20 s).
/// </summary>
public sealed class GcStressTests
{
    private const int MaxIterations = 2_000;

    [Fact]
    public void Model_sampling_and_training_survive_a_thread_forcing_collections_and_finalizers()
    {
        // Given a tiny model, its optimizer, and a thread that collects and finalizes in a tight loop
        using var model = TinyModels.Create(seed: 4);
        using var optimizer = AdamWFactory.Create(model, 1e-3, new AdamWSettings(), 0.1);
        var generator = new TextGenerator(model, new TestCharTokenizer());
        var stop = 0;
        var collections = 0L;
        var collector = new Thread(() =>
        {
            while (Volatile.Read(ref stop) == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                Interlocked.Increment(ref collections);
            }
        }) { IsBackground = true, Name = "gc-stress" };
        var budget = TimeSpan.FromSeconds(Seconds());
        var (iterations, forwards, samples) = (0, 0, 0);

        // When forwards, sampling calls and optimizer steps run until the time budget (or the iteration cap) is spent
        collector.Start();
        var clock = Stopwatch.StartNew();
        try
        {
            for (; iterations < MaxIterations && clock.Elapsed < budget; iterations++)
            {
                forwards += TrainStep(model, optimizer, iterations);
                var perRow = iterations % 2 == 1; // odd iterations use per-request seeds (inverse-CDF sampling)
                var requests = new[] { "1+2=", "31+4=" }
                    .Select((p, i) => new GenerationRequest(p, Seed: perRow ? (ulong)(iterations + i) : null)).ToList();
                var options = new SamplingOptions
                {
                    MaxNewTokens = 4, Temperature = 0.8, TopP = 0.9, Candidates = 2, Seed = iterations,
                };
                var completions = generator.Sample(requests, options);
                Assert.Equal(4, completions.Count);
                samples++;
                forwards += 4; // prefill + up to 3 decoding steps
            }
        }
        finally
        {
            Volatile.Write(ref stop, 1);
            collector.Join();
        }

        // Then the process is still here, having done real work under real pressure (loose floors: CI boxes are busy)
        Assert.True(iterations >= 5, $"only {iterations} iterations in {clock.Elapsed}");
        Assert.True(Interlocked.Read(ref collections) >= 5, $"only {collections} forced collections");
        Console.WriteLine($"gc stress: {iterations} iterations, ~{forwards} forwards, {samples} sampling calls, " +
                          $"{iterations} optimizer steps, {collections} forced collections in {clock.Elapsed.TotalSeconds:F1} s");
    }

    // One training step on fixed data: forward, masked cross-entropy, DPO with NLL, backward, clip and AdamW step.
    private static int TrainStep(Qwen2ForCausalLM model, TorchSharp.Modules.AdamW optimizer, int iteration)
    {
        using var scope = NewDisposeScope();
        model.train();
        var ids = tensor(Enumerable.Range(0, 32).Select(i => (long)((i * 5 + iteration) % 96 + 2)).ToArray(), [4, 8]);
        var input = ids.narrow(1, 0, 7);
        var targets = ids.narrow(1, 1, 7);
        var mask = ones(4, 7);
        var logits = model.forward(new DecoderInput(input)); // (4, 7, V)
        var ce = MaskedCrossEntropy.Mean(logits, targets, mask);
        var sums = LogProbs.SequenceSums(logits, targets, mask); // (4)
        var dpo = DpoLoss.Sigmoid(sums.narrow(0, 0, 2), sums.narrow(0, 2, 2), zeros(2), zeros(2), beta: 0.1);
        var nll = DpoLoss.ChosenNll(sums.narrow(0, 0, 2), chosenTokens: 14);
        stack([ce, dpo.Loss, nll]).sum().backward(); // stack + sum: no Scalar made by the test itself
        GradientStep.Apply(model, optimizer, clip: 1.0);
        model.eval();
        return 1;
    }

    private static double Seconds() =>
        double.TryParse(Environment.GetEnvironmentVariable("PSR_GC_STRESS_SECONDS"), NumberStyles.Float,
            CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 20;
}

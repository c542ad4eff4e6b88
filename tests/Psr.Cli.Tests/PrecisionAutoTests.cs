using Psr.Model.Native;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;

namespace Psr.Cli.Tests;

public sealed class PrecisionAutoTests
{
    [Fact]
    public void A_new_run_saves_auto_precision_resolved_for_this_cpu()
    {
        // Given a test-sized run asking for the arithmetic that suits this CPU
        var dir = Path.Combine(Path.GetTempPath(), "psr-cli-auto-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var config = Path.Combine(dir, "tiny.json");
        File.WriteAllText(config, TinyRunConfig.Json);
        var run = Path.Combine(dir, "run");
        try
        {
            // When
            var code = PsrApp.Run(["run", "--config", config, "--set", "model.trainingPrecision=Auto", "--set", "model.generationPrecision=Auto", "--out", run]);

            // Then the saved configuration names the arithmetic that ran, never Auto
            Assert.Equal(0, code);
            var expected = CpuFeatures.NativeBFloat16 ? ComputePrecision.BFloat16Autocast : ComputePrecision.Float32;
            var saved = RunDirectory.Open(run).Config.Model;
            Assert.Equal(expected, saved.TrainingPrecision);
            Assert.Equal(expected, saved.GenerationPrecision);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

using Psr.Pipeline.Config;

namespace Psr.Pipeline.Tests.Config;

public sealed class ModelConfigTests
{
    [Fact]
    public void A_checkpoint_that_is_not_a_model_folder_is_a_problem_naming_the_key_and_value()
    {
        // Given a checkpoint path with no config.json
        var config = new ModelConfig { Checkpoint = "no/such/model" };

        // When / Then
        Assert.Contains("model.checkpoint = \"no/such/model\": no model folder there (config.json missing)", config.Problems());
    }

    [Fact]
    public void A_relative_checkpoint_is_found_in_the_install_folder_when_not_in_the_current_directory()
    {
        // Given a model folder that exists only under psr's install folder (as the shipped models/ do)
        var name = $"models-test-{Guid.NewGuid():N}";
        var shipped = Path.Combine(AppContext.BaseDirectory, name, "m0");
        Directory.CreateDirectory(shipped);
        File.WriteAllText(Path.Combine(shipped, "config.json"), "{}");
        try
        {
            var config = new ModelConfig { Checkpoint = Path.Combine(name, "m0") };

            // When / Then: it resolves there and passes validation
            Assert.Equal(Path.GetFullPath(shipped), config.ResolvedCheckpoint());
            Assert.Empty(config.Problems());
        }
        finally
        {
            Directory.Delete(Path.Combine(AppContext.BaseDirectory, name), recursive: true);
        }
    }

    [Fact]
    public void A_checkpoint_in_the_current_directory_wins_and_none_resolves_to_null()
    {
        var here = Directory.CreateTempSubdirectory().FullName;
        Assert.Equal(here, new ModelConfig { Checkpoint = here }.ResolvedCheckpoint());
        Assert.Null(new ModelConfig().ResolvedCheckpoint());
    }

    [Theory]
    [InlineData(ComputePrecision.Float32)]
    [InlineData(ComputePrecision.BFloat16)]
    [InlineData(ComputePrecision.BFloat16Autocast)]
    public void Only_auto_precision_depends_on_the_cpu(ComputePrecision precision)
    {
        // Given / When
        var host = new ModelConfig { TrainingPrecision = precision, GenerationPrecision = ComputePrecision.Auto }.ForThisHost();

        // Then a set precision is kept; Auto becomes bfloat16 products where this CPU multiplies bfloat16 natively
        var auto = Psr.Model.Native.CpuFeatures.NativeBFloat16 ? ComputePrecision.BFloat16Autocast : ComputePrecision.Float32;
        Assert.Equal(precision, host.TrainingPrecision);
        Assert.Equal(auto, host.GenerationPrecision);
        Assert.Equal(auto == ComputePrecision.BFloat16Autocast ? Psr.Model.Qwen2.ModelDtype.BFloat16 : Psr.Model.Qwen2.ModelDtype.Float32,
            ComputePrecision.Auto.ToMatmulDtype());
        Assert.Equal(Psr.Model.Qwen2.ModelDtype.Float32, ComputePrecision.Auto.ToModelDtype());
    }
}

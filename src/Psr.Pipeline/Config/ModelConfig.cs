using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>The model the loop trains and samples (from scratch in the world's shape for its size, or a base checkpoint).</summary>
public sealed record ModelConfig
{
    /// <summary>Where the model runs. Default <see cref="ModelBackend.TorchSharp"/>.</summary>
    public ModelBackend Backend { get; init; } = ModelBackend.TorchSharp;

    /// <summary>Model size for a from-scratch model. Default <see cref="ModelSize.Tiny"/>.</summary>
    public ModelSize Size { get; init; } = ModelSize.Tiny;

    /// <summary>Base model folder (config.json + model.safetensors + psr_tokenizer.json) that Init fine-tunes instead of a model from scratch; EFT mining samples it. Default none.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Base URL of an OpenAI-compatible endpoint (required for that backend). Default none.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Model name sent to the endpoint. Default none.</summary>
    public string? EndpointModel { get; init; }

    /// <summary>Tensor device. Default <see cref="ComputeDevice.Cpu"/>.</summary>
    public ComputeDevice Device { get; init; } = ComputeDevice.Cpu;

    /// <summary>CPU threads for TorchSharp; 0 = all cores. Default 0.</summary>
    public int Threads { get; init; }

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "model")
    {
        var p = new ConfigProblems(path);
        p.Check(Enum.IsDefined(Backend), nameof(Backend), Backend, "unknown value")
            .Check(Enum.IsDefined(Size), nameof(Size), Size, "unknown value")
            .Check(Enum.IsDefined(Device), nameof(Device), Device, "unknown value")
            .Check(Backend != ModelBackend.OpenAiCompatible || Uri.TryCreate(Endpoint, UriKind.Absolute, out _),
                nameof(Endpoint), Endpoint, "an absolute URL is required for the OpenAiCompatible backend")
            .Check(Size != ModelSize.Pretrained || !string.IsNullOrEmpty(Checkpoint) || Backend != ModelBackend.TorchSharp,
                nameof(Checkpoint), Checkpoint, "required when size is Pretrained")
            .Check(Threads >= 0, nameof(Threads), Threads, "must be >= 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

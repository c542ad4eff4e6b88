using Psr.Core.Errors;
using Psr.Roles.Backends;

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

    /// <summary>
    /// Arithmetic of Init's SFT passes: BFloat16 runs forward and backward on a bfloat16 copy, with float32 master
    /// weights and AdamW state; BFloat16Autocast multiplies in bfloat16 and keeps everything else float32; Auto is
    /// BFloat16Autocast where the CPU multiplies bfloat16 natively (avx512_bf16 or amx_bf16), else Float32, resolved
    /// when <c>psr run</c> creates the run. Default Float32 (docs/benchmarks.md has the bfloat16 measurements).
    /// </summary>
    public ComputePrecision TrainingPrecision { get; init; } = ComputePrecision.Float32;

    /// <summary>
    /// Arithmetic of in-process generation in the search and evaluate stages (policy, judge, greedy): BFloat16 samples
    /// from a bfloat16 copy of the model, BFloat16Autocast from the float32 model with bfloat16 products, Auto as for
    /// <see cref="TrainingPrecision"/>. Default Float32.
    /// </summary>
    public ComputePrecision GenerationPrecision { get; init; } = ComputePrecision.Float32;

    /// <summary>This configuration with <see cref="ComputePrecision.Auto"/> resolved for this CPU: what a new run saves, so its configuration says which arithmetic ran.</summary>
    public ModelConfig ForThisHost() => this with { TrainingPrecision = TrainingPrecision.Resolve(), GenerationPrecision = GenerationPrecision.Resolve() };

    /// <summary>
    /// The base checkpoint's folder: a relative path is looked up from the current directory first, then from psr's
    /// own install folder (where the build copies the shipped <c>models/</c>), so the built-in base model is found
    /// whichever directory psr runs from. Null when there is no base checkpoint.
    /// </summary>
    public string? ResolvedCheckpoint() => Checkpoint is null ? null : ResolvePath(Checkpoint);

    /// <summary>The lookup of <see cref="ResolvedCheckpoint"/> for any model folder path.</summary>
    public static string ResolvePath(string path)
    {
        var local = Path.GetFullPath(path);
        if (Path.IsPathRooted(path) || Directory.Exists(local))
            return local;
        var shipped = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
        return Directory.Exists(shipped) ? shipped : local;
    }

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
            .Check(Threads >= 0, nameof(Threads), Threads, "must be >= 0")
            .Check(Enum.IsDefined(TrainingPrecision), nameof(TrainingPrecision), TrainingPrecision, "unknown value")
            .Check(Enum.IsDefined(GenerationPrecision), nameof(GenerationPrecision), GenerationPrecision, "unknown value")
            .Check(Backend != ModelBackend.TorchSharp || Checkpoint is null || File.Exists(Path.Combine(ResolvePath(Checkpoint), "config.json")),
                nameof(Checkpoint), Checkpoint, "no model folder there (config.json missing)");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

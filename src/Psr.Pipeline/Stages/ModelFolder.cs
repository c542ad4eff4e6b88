using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Pipeline.WorldModels;

namespace Psr.Pipeline.Stages;

/// <summary>
/// A model checkpoint folder inside a stage: <c>model/config.json</c>, <c>model/model.safetensors</c>,
/// <c>model/psr_tokenizer.json</c>. Its files are the stage's outputs and the next stage's inputs (hashed).
/// </summary>
public static class ModelFolder
{
    /// <summary>The folder name inside a stage.</summary>
    public const string Name = "model";

    /// <summary>The three files of a model folder.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["config.json", "model.safetensors", CharTokenizer.FileName];

    /// <summary>Run-relative paths of the model files under the stage folder <paramref name="stageFolder"/> (e.g. <c>stages/01-init</c>).</summary>
    public static IReadOnlyList<string> Artifacts(string stageFolder) => FileNames.Select(f => $"{stageFolder}/{Name}/{f}").ToList();

    /// <summary>Saves the model and tokenizer (each file atomically).</summary>
    public static void Save(Qwen2ForCausalLM model, CharTokenizer tokenizer, string dir) => WorldModelFiles.Save(model, tokenizer, dir);

    /// <summary>Loads a model folder on the CPU in float32, in eval mode.</summary>
    public static (Qwen2ForCausalLM Model, CharTokenizer Tokenizer) Load(string dir) => WorldModelFiles.Load(dir);

    /// <summary>Whether <paramref name="dir"/> holds a model checkpoint.</summary>
    public static bool Exists(string dir) => FileNames.All(f => File.Exists(Path.Combine(dir, f)));
}

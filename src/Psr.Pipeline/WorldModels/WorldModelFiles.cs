using Psr.Model.Checkpoints;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using static TorchSharp.torch;

namespace Psr.Pipeline.WorldModels;

/// <summary>A world model folder: Hugging Face <c>config.json</c> + <c>model.safetensors</c> + <c>psr_tokenizer.json</c>.</summary>
public static class WorldModelFiles
{
    /// <summary>Writes the model and its tokenizer into <paramref name="dir"/> (each file atomically).</summary>
    public static void Save(Qwen2ForCausalLM model, CharTokenizer tokenizer, string dir)
    {
        Directory.CreateDirectory(dir);
        Qwen2Checkpoint.Save(model, dir);
        tokenizer.Save(dir);
    }

    /// <summary>Loads a model folder on the CPU in float32.</summary>
    public static (Qwen2ForCausalLM Model, CharTokenizer Tokenizer) Load(string dir)
    {
        var model = Qwen2Checkpoint.Load(dir, CPU, ModelDtype.Float32);
        model.eval();
        return (model, CharTokenizer.Load(dir));
    }
}

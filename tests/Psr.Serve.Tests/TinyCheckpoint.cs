using Psr.Model.Checkpoints;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using TorchSharp;

namespace Psr.Serve.Tests;

/// <summary>A random tiny Qwen2 (hidden 32) with a character tokenizer, saved as a checkpoint folder.</summary>
internal sealed class TinyCheckpoint : IDisposable
{
    public TinyCheckpoint()
    {
        var tokenizer = CharTokenizer.Create(new CharTokenizerSpec { Alphabet = "\n abcdefghijklmnopqrstuvwxyz0123456789+-=.:?" });
        tokenizer.Save(Folder);
        var config = new Qwen2Config
        {
            HiddenSize = 32, IntermediateSize = 64, NumHiddenLayers = 2, NumAttentionHeads = 4, NumKeyValueHeads = 2,
            VocabSize = tokenizer.VocabSize, MaxPositionEmbeddings = 256, TieWordEmbeddings = true, RopeTheta = 10000,
        };
        using var model = Qwen2ForCausalLM.Create(config, torch.CPU, ModelDtype.Float32, seed: 3);
        Qwen2Checkpoint.Save(model, Folder);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("psr-serve-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

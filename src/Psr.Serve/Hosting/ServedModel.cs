using Psr.Model.Checkpoints;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Serve.Chat;
using TorchSharp;

namespace Psr.Serve.Hosting;

/// <summary>A loaded checkpoint with its tokenizer, served name and chat template.</summary>
/// <param name="Name">Name clients pass as <c>model</c>.</param>
/// <param name="Model">The model (used by the batcher thread only).</param>
/// <param name="Tokenizer">Its tokenizer.</param>
/// <param name="ChatTemplate">ChatML for tokenizers that have <c>&lt;|im_start|&gt;</c>, else concatenation.</param>
public sealed record ServedModel(string Name, Qwen2ForCausalLM Model, ITokenizer Tokenizer, IChatTemplate ChatTemplate)
{
    /// <summary>Loads a psr / Hugging Face checkpoint folder (weights, config and tokenizer side by side) on the CPU.</summary>
    public static ServedModel Load(string directory, string? name = null)
    {
        var tokenizer = TokenizerLoader.Load(directory);
        var model = Qwen2Checkpoint.Load(directory, torch.CPU);
        var served = name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return new ServedModel(served, model, tokenizer, TemplateFor(tokenizer));
    }

    /// <summary>The chat template a tokenizer implies.</summary>
    public static IChatTemplate TemplateFor(ITokenizer tokenizer) =>
        tokenizer is QwenBpeTokenizer q && q.AddedTokens.ContainsKey(ChatMlTemplate.Start) ? new ChatMlTemplate() : new ConcatChatTemplate();
}

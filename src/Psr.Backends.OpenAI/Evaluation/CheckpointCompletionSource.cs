using Psr.Backends.OpenAI.Client;
using Psr.Core.Errors;
using Psr.Model.Checkpoints;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using TorchSharp;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>
/// Outputs from a checkpoint loaded in-process: <see cref="BatchSize"/> prompts per greedy <see cref="TextGenerator"/>
/// call (one left-padded batch), one call at a time (TorchSharp is used from one thread). Takes raw-text prompts only,
/// like the completions route of <c>psr serve</c> on the same checkpoint, whose greedy outputs it reproduces.
/// </summary>
public sealed class CheckpointCompletionSource : ICompletionSource, IDisposable
{
    private readonly TextGenerator _generator;
    private readonly Qwen2ForCausalLM? _owned;

    /// <summary>Wraps a loaded model (not disposed here).</summary>
    public CheckpointCompletionSource(Qwen2ForCausalLM model, ITokenizer tokenizer, string identity, int batchSize)
    {
        if (batchSize < 1)
            throw new ConfigException([$"batch size ({batchSize}) must be >= 1"]);
        _generator = new TextGenerator(model, tokenizer);
        Identity = identity;
        BatchSize = batchSize;
    }

    private CheckpointCompletionSource(Qwen2ForCausalLM model, ITokenizer tokenizer, string identity, int batchSize, bool owned)
        : this(model, tokenizer, identity, batchSize) => _owned = owned ? model : null;

    /// <summary>Loads a psr / Hugging Face checkpoint folder (weights, config and tokenizer side by side) on the CPU.</summary>
    public static CheckpointCompletionSource Load(string directory, int batchSize)
    {
        if (!Directory.Exists(directory))
            throw new PsrException($"{directory}: checkpoint folder not found");
        var tokenizer = TokenizerLoader.Load(directory);
        var model = Qwen2Checkpoint.Load(directory, torch.CPU);
        var identity = "checkpoint " + Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        return new CheckpointCompletionSource(model, tokenizer, identity, batchSize, owned: true);
    }

    /// <inheritdoc />
    public string Identity { get; }

    /// <inheritdoc />
    public EndpointApi Api => EndpointApi.Completions;

    /// <inheritdoc />
    public int BatchSize { get; }

    /// <inheritdoc />
    public int Concurrency => 1;

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceCompletion>> CompleteAsync(
        IReadOnlyList<RemotePrompt> prompts, GreedyDecoding decoding, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var requests = prompts.Select(p => new GenerationRequest(p.Text
            ?? throw new PsrException("an in-process checkpoint takes text prompts only; use --api completions"))).ToList();
        var options = new SamplingOptions { MaxNewTokens = decoding.MaxTokens, Temperature = 0, TopP = 1, Candidates = 1, StopStrings = decoding.Stop };
        IReadOnlyList<SourceCompletion> outputs = _generator.Sample(requests, options)
            .Select(c => new SourceCompletion(c.Text, c.Reason == StopReason.MaxTokens)).ToList();
        return Task.FromResult(outputs);
    }

    /// <inheritdoc />
    public void Dispose() => _owned?.Dispose();
}

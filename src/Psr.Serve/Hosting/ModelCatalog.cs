using Psr.Serve.Batching;

namespace Psr.Serve.Hosting;

/// <summary>
/// The models a server answers for: the fixed checkpoint it was started with (if any) and, with
/// <see cref="ServeOptions.CheckpointsUnder"/>, any checkpoint folder inside that folder, named by its path and
/// loaded on first use. One such checkpoint is resident at a time: naming another drains the current one's batcher
/// (its queued requests finish) and frees it. A request that loses that race gets a 500 and its client retries.
/// </summary>
internal sealed class ModelCatalog : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly string? _root;
    private readonly SemaphoreSlim _swap = new(1, 1);
    private (ServedModel Model, GenerationBatcher Batcher)? _fixed;
    private (ServedModel Model, GenerationBatcher Batcher)? _loaded;

    public ModelCatalog(ServedModel? fixedModel, ServeOptions options)
    {
        _options = options;
        _root = options.CheckpointsUnder is { } under ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(under)) : null;
        if (fixedModel is not null)
            _fixed = (fixedModel, new GenerationBatcher(fixedModel, options));
    }

    /// <summary>Batches run by every batcher this catalog started that is still alive.</summary>
    public long Batches => (_fixed?.Batcher.Batches ?? 0) + (_loaded?.Batcher.Batches ?? 0);

    /// <summary>Jobs accepted by the live batchers.</summary>
    public long Submitted => (_fixed?.Batcher.Submitted ?? 0) + (_loaded?.Batcher.Submitted ?? 0);

    /// <summary>The models listed by <c>/v1/models</c>.</summary>
    public IReadOnlyList<ServedModel> Listed => new[] { _fixed?.Model, _loaded?.Model }.OfType<ServedModel>().ToList();

    /// <summary>What the 404 says is served.</summary>
    public string Describe() => (_fixed is { } f ? $"serving \"{f.Model.Name}\"" : "no fixed model") +
                                (_root is null ? "" : $"; or any checkpoint folder under {_root}");

    /// <summary>The model named <paramref name="name"/> and its batcher, loading it if needed; null when not served.</summary>
    public async Task<(ServedModel Model, GenerationBatcher Batcher)?> ResolveAsync(string? name, CancellationToken cancellationToken)
    {
        if (name is null)
            return null;
        if (_fixed is { } f && f.Model.Name == name)
            return f;
        if (_loaded is { } current && current.Model.Name == name)
            return current;
        if (FolderOf(name) is not { } folder)
            return null;
        await _swap.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_loaded is { } again && again.Model.Name == name)
                return again;
            await UnloadAsync().ConfigureAwait(false);
            var model = ServedModel.Load(folder, name);
            _loaded = (model, new GenerationBatcher(model, _options));
            return _loaded;
        }
        finally
        {
            _swap.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_fixed is { } f)
            await f.Batcher.DisposeAsync().ConfigureAwait(false);
        await UnloadAsync().ConfigureAwait(false);
        _swap.Dispose();
    }

    /// <summary>The folder a name points to when it is a checkpoint inside the root.</summary>
    private string? FolderOf(string name)
    {
        if (_root is null || string.IsNullOrWhiteSpace(name))
            return null;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(name, _root));
        var inside = full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(Path.Combine(full, "config.json")) ? full : null;
    }

    private async Task UnloadAsync()
    {
        if (_loaded is not { } old)
            return;
        _loaded = null;
        await old.Batcher.DisposeAsync().ConfigureAwait(false);
        old.Model.Model.Dispose();
    }
}

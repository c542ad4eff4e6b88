using Psr.Core.Errors;
using Psr.Serve.Batching;

namespace Psr.Serve.Hosting;

/// <summary>
/// The models a server answers for: the fixed checkpoint it was started with (if any) and, with
/// <see cref="ServeOptions.CheckpointsUnder"/>, any checkpoint folder inside that folder, named by its path and
/// loaded on first use. One such checkpoint is resident at a time: naming another drains the current one's batcher
/// (its queued requests finish) and frees it; a request that loses that race resolves again (<see cref="QueueRefusal"/>).
/// A loaded model is published as one immutable <see cref="Slot"/> reference, so a reader sees the old pair or the new
/// one, never a torn mix. All torch work of every model runs on one <see cref="TorchThread"/>.
/// </summary>
internal sealed class ModelCatalog : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly CheckpointNames? _names;
    private readonly SemaphoreSlim _swap = new(1, 1);
    private readonly TorchThread _torch = new();
    private readonly Slot? _fixed;
    private Slot? _loaded;

    public ModelCatalog(ServedModel? fixedModel, ServeOptions options)
    {
        _options = options;
        _names = options.CheckpointsUnder is { } under ? new CheckpointNames(under) : null;
        if (fixedModel is not null)
            _fixed = new Slot(fixedModel, new GenerationBatcher(fixedModel, options, _torch));
    }

    /// <summary>A served model and its batcher, published together.</summary>
    public sealed record Slot(ServedModel Model, GenerationBatcher Batcher);

    private IEnumerable<GenerationBatcher> Live => new[] { _fixed, Volatile.Read(ref _loaded) }.OfType<Slot>().Select(s => s.Batcher);

    /// <summary>Batches run by every batcher this catalog started that is still alive.</summary>
    public long Batches => Live.Sum(b => b.Batches);

    /// <summary>Jobs accepted by the live batchers.</summary>
    public long Submitted => Live.Sum(b => b.Submitted);

    /// <summary>Jobs dropped by the live batchers because their client went away or their time ran out.</summary>
    public long Dropped => Live.Sum(b => b.Dropped);

    /// <summary>Rows freed mid-generation by the live batchers because their job was aborted.</summary>
    public long CancelledRows => Live.Sum(b => b.CancelledRows);

    /// <summary>The models listed by <c>/v1/models</c>.</summary>
    public IReadOnlyList<ServedModel> Listed => new[] { _fixed, Volatile.Read(ref _loaded) }.OfType<Slot>().Select(s => s.Model).ToList();

    /// <summary>What the 404 says is served (no server paths: they are not the client's business).</summary>
    public string Describe() => (_fixed is { } f ? $"serving \"{f.Model.Name}\"" : "no fixed model") +
                                (_names is null ? "" : "; or any checkpoint folder under the server's --checkpoints-under, named by its path relative to it");

    /// <summary>The model named <paramref name="name"/> and its batcher, loading it if needed; null when not served.</summary>
    /// <exception cref="PsrException">The folder exists but its checkpoint cannot be loaded.</exception>
    public async Task<Slot?> ResolveAsync(string? name, CancellationToken cancellationToken)
    {
        if (name is null)
            return null;
        if (_fixed is { } f && f.Model.Name == name)
            return f;
        if (Volatile.Read(ref _loaded) is { } current && current.Model.Name == name)
            return current;
        if (_names?.FolderOf(name) is not { } folder)
            return null;
        await _swap.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _loaded) is { } again && again.Model.Name == name)
                return again;
            await UnloadAsync().ConfigureAwait(false);
            var model = await _torch.RunAsync(() => ServedModel.Load(folder, name)).ConfigureAwait(false);
            var slot = new Slot(model, new GenerationBatcher(model, _options, _torch));
            Volatile.Write(ref _loaded, slot);
            return slot;
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
        _torch.Dispose();
        _swap.Dispose();
    }

    private async Task UnloadAsync()
    {
        if (Interlocked.Exchange(ref _loaded, null) is not { } old)
            return;
        await old.Batcher.DisposeAsync().ConfigureAwait(false);
        await _torch.RunAsync(old.Model.Model.Dispose).ConfigureAwait(false);
    }
}

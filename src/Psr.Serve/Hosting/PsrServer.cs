using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Psr.Core.Errors;
using Psr.Serve.Endpoints;

namespace Psr.Serve.Hosting;

/// <summary>
/// A running <c>psr serve</c>: Kestrel on <see cref="ServeOptions.Host"/> (loopback by default), the OpenAI routes,
/// an optional bearer key and the cross-client batcher. <see cref="StopAsync"/> is graceful: Kestrel stops
/// accepting, requests in flight finish (up to <see cref="ServeOptions.ShutdownTimeout"/>), then the batcher drains.
/// </summary>
public sealed class PsrServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ModelCatalog _catalog;
    private int _stopped;

    private PsrServer(WebApplication app, ModelCatalog catalog, Uri address)
    {
        _app = app;
        _catalog = catalog;
        BaseAddress = address;
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:8000/</c>; OpenAI clients take this plus <c>v1</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Generation batches run so far.</summary>
    public long Batches => _catalog.Batches;

    /// <summary>Generation jobs accepted so far.</summary>
    public long Queued => _catalog.Submitted;

    /// <summary>
    /// Starts serving <paramref name="model"/> and, with <see cref="ServeOptions.CheckpointsUnder"/>, the checkpoints
    /// under that folder (then <paramref name="model"/> may be null).
    /// </summary>
    public static async Task<PsrServer> StartAsync(ServedModel? model, ServeOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        if (model is null && options.CheckpointsUnder is null)
            throw new ArgumentException("a model or ServeOptions.CheckpointsUnder is required", nameof(model));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Listen(options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host), options.Port);
        });
        var app = builder.Build();
        app.Use(LastResort);
        if (options.ApiKeyVariable is { } variable) // Validate made sure it is set and not empty
            app.Use(new BearerKey(Environment.GetEnvironmentVariable(variable)!).InvokeAsync);
        var served = options.ModelName is { } name && model is not null ? model with { Name = name } : model;
        var catalog = new ModelCatalog(served, options);
        new ServeRoutes(catalog, options).Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            await catalog.DisposeAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PsrException($"--port {options.Port}: address {options.Host}:{options.Port} is already in use (another server? choose another --port)");
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PsrServer(app, catalog, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>
    /// The net under every route: an exception that escaped becomes a JSON 500 naming no internals (its details go to
    /// the log), never a stack trace or a dropped connection.
    /// </summary>
    private static async Task LastResort(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<PsrServer>().LogError(e, "unhandled error on {Path}", context.Request.Path);
            await ApiError.Result(500, "internal server error (the server log says why)", type: "server_error").ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>Jobs dropped because their client went away or their time ran out, before they ran.</summary>
    public long Dropped => _catalog.Dropped;

    /// <summary>Generation rows stopped and freed mid-batch because their request was aborted.</summary>
    public long CancelledRows => _catalog.CancelledRows;

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM, or <see cref="StopAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Graceful stop (idempotent).</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        await _app.StopAsync().ConfigureAwait(false);
        await _catalog.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

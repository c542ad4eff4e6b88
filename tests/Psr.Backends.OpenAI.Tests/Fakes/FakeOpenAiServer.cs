using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Psr.Backends.OpenAI.Tests.Fakes;

/// <summary>
/// A scripted OpenAI-compatible server on 127.0.0.1 (in-process Kestrel, a free port): every POST is answered by a
/// function of (path, JSON body) and recorded, so clients are tested over real HTTP.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app, Uri baseAddress) => (_app, BaseAddress) = (app, baseAddress);

    /// <summary>The server root (no <c>/v1</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request: its path and body.</summary>
    public ConcurrentQueue<(string Path, JsonObject Body)> Requests { get; } = new();

    public static async Task<FakeOpenAiServer> StartAsync(Func<string, JsonObject, JsonObject> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeOpenAiServer? server = null;
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            server!.Requests.Enqueue((context.Request.Path.Value!, body));
            return Results.Text(answer(context.Request.Path.Value!, body).ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeOpenAiServer(app, new Uri(address));
        return server;
    }

    /// <summary>A completions body with one choice per (text, stop string or null for end of sequence).</summary>
    public static JsonObject Completion(IEnumerable<(string Text, string? Stop)> choices)
    {
        var array = new JsonArray();
        var i = 0;
        foreach (var (text, stop) in choices)
            array.Add(new JsonObject { ["index"] = i++, ["text"] = text, ["finish_reason"] = "stop", ["stop_reason"] = stop });
        return new JsonObject { ["id"] = "cmpl", ["object"] = "text_completion", ["created"] = 1, ["model"] = "m", ["choices"] = array };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Psr.Backends.OpenAI.Tests.Fakes;

/// <summary>A fake network: answers each request with the given function and records every request body and header.</summary>
internal sealed class ScriptedHandler(Func<JsonObject, int, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    public ScriptedHandler(Func<JsonObject, int, Task<HttpResponseMessage>> answer) : this((body, call, _) => answer(body, call))
    {
    }

    private int _calls;
    private int _inFlight;

    public ConcurrentQueue<JsonObject> Bodies { get; } = new();

    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public int Calls => _calls;

    public int MaxInFlight { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        Bodies.Enqueue(body);
        Authorizations.Enqueue(request.Headers.Authorization?.ToString());
        var call = Interlocked.Increment(ref _calls);
        var now = Interlocked.Increment(ref _inFlight);
        lock (Bodies)
            MaxInFlight = Math.Max(MaxInFlight, now);
        try
        {
            return await answer(body, call, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A completions response with one choice per (text, finish, stop) in the given order.</summary>
    public static HttpResponseMessage Completion(params (int Index, string Text, string Finish, string? Stop)[] choices)
    {
        var array = new JsonArray();
        foreach (var c in choices)
            array.Add(new JsonObject { ["index"] = c.Index, ["text"] = c.Text, ["finish_reason"] = c.Finish, ["stop_reason"] = c.Stop });
        var body = new JsonObject { ["id"] = "x", ["object"] = "text_completion", ["created"] = 1, ["model"] = "m", ["choices"] = array };
        return Json(HttpStatusCode.OK, body.ToJsonString());
    }
}

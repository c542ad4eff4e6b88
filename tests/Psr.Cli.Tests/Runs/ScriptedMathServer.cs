using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Psr.Cli.Tests.Runs;

/// <summary>
/// A scripted OpenAI-compatible server on 127.0.0.1 (in-process Kestrel, ephemeral port) standing in for vLLM in a
/// benchmark run; every answer is a pure function of the request:
/// <list type="bullet">
/// <item>policy steps (prompt ends in <c>Step k:</c>, stop <c>\nStep </c>): choice i is <c> xk = i mod 3.</c> ended by
/// the stop string for k &lt; 3, and <c> The answer is \boxed{i mod 3}.</c> ended by EOS for k = 3;</item>
/// <item>judge (Figure 5 prompt): <c>[[A]]</c> when step A's text sorts before or equal to B's, else <c>[[B]]</c>;</item>
/// <item>greedy solutions (no stop): <c>\boxed{18}</c> for the question about Janet's ducks, <c>\boxed{0}</c> otherwise.</item>
/// </list>
/// </summary>
internal sealed partial class ScriptedMathServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _policyRequests;
    private int _judgeRequests;
    private int _greedyRequests;

    private ScriptedMathServer(WebApplication app, Uri address) => (_app, BaseAddress) = (app, address);

    public Uri BaseAddress { get; }

    public int PolicyRequests => _policyRequests;

    public int JudgeRequests => _judgeRequests;

    public int GreedyRequests => _greedyRequests;

    public static async Task<ScriptedMathServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        ScriptedMathServer? server = null;
        app.MapPost("/v1/completions", async (HttpContext http) =>
        {
            var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
            return Results.Text(server!.Answer(body).ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new ScriptedMathServer(app, new Uri(address));
        return server;
    }

    private JsonObject Answer(JsonObject body)
    {
        var prompt = body["prompt"]!.GetValue<string>();
        var n = body["n"]?.GetValue<int>() ?? 1;
        if (prompt.StartsWith("Please act as an impartial judge", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _judgeRequests);
            var a = Between(prompt, "[The Start of Assistant A's Next Reasoning Step]\n", "\n[The End of Assistant A's");
            var b = Between(prompt, "[The Start of Assistant B's Next Reasoning Step]\n", "\n[The End of Assistant B's");
            var verdict = string.CompareOrdinal(a, b) <= 0 ? "[[A]]" : "[[B]]";
            return Response([.. Enumerable.Range(0, n).Select(i => (i, $"Step A and step B compared. {verdict}", "stop", (string?)null))]);
        }
        if (StepHeader().Match(prompt) is { Success: true } header)
        {
            Interlocked.Increment(ref _policyRequests);
            var k = int.Parse(header.Groups["k"].Value, CultureInfo.InvariantCulture);
            return Response([.. Enumerable.Range(0, n).Select(i => k < 3
                ? (i, $" x{k} = {i % 3}.", "stop", (string?)"\nStep ")
                : (i, $" The answer is \\boxed{{{i % 3}}}.", "stop", null))]);
        }
        Interlocked.Increment(ref _greedyRequests);
        var answer = prompt.Contains("Janet", StringComparison.Ordinal) ? 18 : 0;
        return Response([(0, $"Step 1: Work it out.\nStep 2: The answer is \\boxed{{{answer}}}.", "stop", null)]);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static JsonObject Response(IEnumerable<(int Index, string Text, string Finish, string? Stop)> choices)
    {
        var array = new JsonArray();
        foreach (var c in choices)
            array.Add(new JsonObject { ["index"] = c.Index, ["text"] = c.Text, ["finish_reason"] = c.Finish, ["stop_reason"] = c.Stop });
        return new JsonObject { ["id"] = "x", ["object"] = "text_completion", ["created"] = 1, ["model"] = "scripted", ["choices"] = array };
    }

    [GeneratedRegex(@"Step (?<k>\d+):$")]
    private static partial Regex StepHeader();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

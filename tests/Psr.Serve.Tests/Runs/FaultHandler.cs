using System.Text;
using System.Text.Json.Nodes;

namespace Psr.Serve.Tests.Runs;

/// <summary>
/// The real network (sockets) with hooks: hears each request's number before it is sent, and from a chosen request
/// on can corrupt the server's answers (drop a choice, cut the body) until told to stop.
/// </summary>
internal sealed class FaultHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private int _requests;

    /// <summary>Called with each request's number (1-based) before it is sent.</summary>
    public Action<int>? OnRequest { get; set; }

    /// <summary>Rewrites the answer body of request number ≥ <see cref="CorruptFrom"/>; null passes it through.</summary>
    public Func<string, string>? Corrupt { get; set; }

    /// <summary>First request number whose answer <see cref="Corrupt"/> rewrites.</summary>
    public int CorruptFrom { get; set; } = int.MaxValue;

    /// <summary>Answers rewritten so far.</summary>
    public int Corrupted { get; private set; }

    /// <summary>Drops the last element of <c>choices</c>: a response with the wrong n.</summary>
    public static string DropChoice(string body)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        var choices = node["choices"]!.AsArray();
        choices.RemoveAt(choices.Count - 1);
        return node.ToJsonString();
    }

    /// <summary>Cuts the body short: malformed JSON.</summary>
    public static string Cut(string body) => body[..(body.Length / 2)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _requests);
        OnRequest?.Invoke(number);
        var response = await base.SendAsync(request, cancellationToken);
        if (Corrupt is not { } corrupt || number < CorruptFrom || !response.IsSuccessStatusCode)
            return response;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Corrupted++;
        response.Content = new StringContent(corrupt(body), Encoding.UTF8, "application/json");
        return response;
    }
}

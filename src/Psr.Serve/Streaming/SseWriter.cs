using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Psr.Serve.Streaming;

/// <summary>Writes chunks as server-sent events (<c>data: JSON</c>, blank line), then <c>data: [DONE]</c>, as OpenAI does.</summary>
internal static class SseWriter
{
    public static async Task WriteAsync(HttpResponse response, IEnumerable<JsonObject> chunks, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        foreach (var chunk in chunks)
        {
            await response.WriteAsync("data: " + chunk.ToJsonString() + "\n\n", Encoding.UTF8, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        await response.WriteAsync("data: [DONE]\n\n", Encoding.UTF8, cancellationToken);
    }
}

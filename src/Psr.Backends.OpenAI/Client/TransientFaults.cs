using System.Net;
using Polly;
using Polly.Timeout;

namespace Psr.Backends.OpenAI.Client;

/// <summary>Which outcomes of an HTTP attempt are worth retrying.</summary>
public static class TransientFaults
{
    /// <summary>408, 429 and every 5xx: the server is busy, restarting or overloaded.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>A transient status, a connection failure, or an attempt timeout (not the caller's cancellation).</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };
}

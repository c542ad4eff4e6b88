using Psr.Core.Errors;

namespace Psr.Backends.OpenAI.Client;

/// <summary>
/// An endpoint call that failed for good (after retries, or at once for a 4xx or a malformed response). The message
/// is one line naming the URL and the cause; it never contains the API key or request headers.
/// </summary>
public sealed class BackendException : PsrException
{
    /// <summary>Creates the exception.</summary>
    public BackendException(string message, int? status = null, Exception? inner = null)
        : base(message, inner ?? new InvalidOperationException(message))
    {
        Status = status;
    }

    /// <summary>The HTTP status that ended the call, if a response came back.</summary>
    public int? Status { get; }
}

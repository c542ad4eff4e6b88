namespace Psr.Protocol.OpenAI;

/// <summary>One error: a human-readable message, a type and the offending parameter.</summary>
/// <param name="Message">What went wrong.</param>
/// <param name="Type">e.g. <c>invalid_request_error</c>.</param>
/// <param name="Param">The request field at fault, if any.</param>
/// <param name="Code">A machine-readable code, if any.</param>
public sealed record ErrorDetail(string Message, string? Type = null, string? Param = null, string? Code = null);

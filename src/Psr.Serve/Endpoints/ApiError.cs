using Microsoft.AspNetCore.Http;
using Psr.Protocol.OpenAI;

namespace Psr.Serve.Endpoints;

/// <summary>OpenAI-style JSON error responses.</summary>
public static class ApiError
{
    /// <summary><c>{"error": {"message", "type", "param"}}</c> with the given status.</summary>
    public static IResult Result(int status, string message, string? param = null, string type = "invalid_request_error") =>
        Results.Json(new ErrorBody(new ErrorDetail(message, type, param)), WireJson.Options, statusCode: status);
}

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Psr.Protocol.OpenAI;

namespace Psr.Serve.Endpoints;

/// <summary>
/// Reads a JSON body; an oversized body is a 413 and anything unreadable a 400, both as OpenAI-style JSON. The
/// answer names where the body went wrong, in the server's own words (no exception text reaches the client).
/// </summary>
internal static class RequestBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpContext context) where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, WireJson.Options, context.RequestAborted);
            return value is null ? (null, ApiError.Result(400, "the request body is JSON null")) : (value, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiError.Result(413, "request body too large"));
        }
        catch (BadHttpRequestException)
        {
            return (null, ApiError.Result(400, "the request body could not be read"));
        }
        catch (JsonException e)
        {
            var where = e.Path is { } path ? $" at {path}" : "";
            return (null, ApiError.Result(400, $"malformed JSON or a wrong field type{where} (line {e.LineNumber}, byte {e.BytePositionInLine})", e.Path));
        }
        catch (InvalidOperationException) // a string that is not valid UTF-16 ("\ud800"), read by the serializer
        {
            return (null, ApiError.Result(400, "a JSON string holds a lone surrogate (invalid UTF-16)"));
        }
        catch (ArgumentException) // e.g. a property name that is not valid UTF-16
        {
            return (null, ApiError.Result(400, "malformed JSON"));
        }
    }
}

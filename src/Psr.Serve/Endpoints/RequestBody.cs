using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Psr.Protocol.OpenAI;

namespace Psr.Serve.Endpoints;

/// <summary>Reads a JSON body; an oversized body is a 413 and malformed JSON a 400, both as OpenAI-style JSON.</summary>
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
        catch (JsonException e)
        {
            return (null, ApiError.Result(400, $"malformed JSON: {e.Message}", e.Path));
        }
    }
}

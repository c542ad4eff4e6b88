using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Psr.Serve.Endpoints;

namespace Psr.Serve.Hosting;

/// <summary>Optional bearer-key check on every route; compared in constant time, never logged.</summary>
internal sealed class BearerKey(string key)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes("Bearer " + key);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var sent = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
        if (!CryptographicOperations.FixedTimeEquals(sent, _expected))
        {
            await ApiError.Result(401, "missing or wrong API key (send Authorization: Bearer KEY)", type: "authentication_error").ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}

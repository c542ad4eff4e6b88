using System.Net;
using System.Text;
using CsCheck;
using Psr.Serve.Hosting;

namespace Psr.Serve.Tests;

/// <summary>
/// Fuzz of psr serve's HTTP bodies: 608 random bodies over both generation routes, each answered within 10 s with a
/// 2xx or a 4xx JSON error; never a 500, never a dropped connection, never a hang.
/// </summary>
public sealed class ServeFuzzTests : IClassFixture<ServerFixture>
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ServerFixture _server;

    public ServeFuzzTests(ServerFixture server) => _server = server;

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.String[0, 10].Select(s => System.Text.Json.JsonSerializer.Serialize(s)), Gen.Int[-3, 70].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.Const("1e999"), Gen.Const("-0.5"), Gen.Const("0.7"),
        Gen.Const("null"), Gen.Const("true"), Gen.Const("[]"), Gen.Const("[null]"), Gen.Const("{}"), Gen.Const("\"\\ud800\""), Gen.Const("\"tiny\""),
        Gen.Const("\"ab\\u0000\""), Gen.Const("[\"ab\",\"c\"]"), Gen.Const("[{\"role\":\"user\",\"content\":\"hi\"}]"), Gen.Const("[{\"role\":null}]"),
        Gen.Const("[null]"), Gen.Const("\"../../etc\""));

    private static readonly Gen<string> Key = Gen.OneOf(Gen.Const("model"), Gen.Const("prompt"), Gen.Const("messages"), Gen.Const("n"),
        Gen.Const("max_tokens"), Gen.Const("max_completion_tokens"), Gen.Const("temperature"), Gen.Const("top_p"), Gen.Const("seed"),
        Gen.Const("stop"), Gen.Const("logprobs"), Gen.Const("top_logprobs"), Gen.Const("stream"), Gen.Const("echo"), Gen.String[0, 5].Select(s => s.Replace("\"", "")));

    private static readonly Gen<byte[]> Body = Gen.OneOf(
        Gen.Select(Key, Value).Array[0, 7].Select(fields => Encoding.UTF8.GetBytes("{\"model\":\"tiny\"," + string.Join(',', fields.Select(f => $"\"{f.Item1}\":{f.Item2}")) + "}")),
        Gen.Select(Key, Value).Array[0, 5].Select(fields => Encoding.UTF8.GetBytes("{" + string.Join(',', fields.Select(f => $"\"{f.Item1}\":{f.Item2}")) + "}")),
        Gen.Byte.Array[0, 40], Gen.String[0, 40].Select(s => Encoding.UTF8.GetBytes(s)),
        Gen.Const(Encoding.UTF8.GetBytes(new string('[', 5000))), Gen.Const(new byte[5000]));

    [Fact]
    public async Task Six_hundred_and_eight_random_bodies_get_a_2xx_or_a_4xx_within_10_s()
    {
        foreach (var route in new[] { "v1/completions", "v1/chat/completions" })
        {
            // 38 cases of 8 bodies sent at once: the batcher sees concurrent garbage and valid requests mixed
            await Body.Array[8, 8].SampleAsync(async chunk =>
            {
                var responses = await Task.WhenAll(chunk.Select(async body =>
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new("application/json");
                    var response = await Http.PostAsync(new Uri(_server.Server.BaseAddress, route), content);
                    return (Body: Encoding.UTF8.GetString(body), Status: response.StatusCode, Text: await response.Content.ReadAsStringAsync());
                }));
                foreach (var (body, status, text) in responses)
                {
                    Assert.True((int)status is >= 200 and < 500, $"{route} {body}: {(int)status} {text}");
                    if ((int)status >= 400 && status != HttpStatusCode.RequestEntityTooLarge)
                        Assert.Contains("\"error\"", text);
                }
            }, iter: 38, threads: 1);
        }
    }
}

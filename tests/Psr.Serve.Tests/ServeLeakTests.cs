using System.Text;
using Psr.Serve.Hosting;
using TorchSharp;

namespace Psr.Serve.Tests;

/// <summary>The leak test of the serving path (house style): no tensor outlives the requests that created it.</summary>
[Collection(TensorCountCollection.Name)]
public sealed class ServeLeakTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Requests_of_every_kind_leave_no_live_tensor_behind()
    {
        // Given a server on a tiny checkpoint, warmed up by one request of each kind
        using var checkpoint = new TinyCheckpoint();
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"), new ServeOptions { Port = 0, MaxN = 8, MaxTokens = 64 });
        await Task.WhenAll(Requests(server, 1));
        // earlier tests' unreachable tensors die in finalizers; let them go now, not mid-count
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = torch.Tensor.TotalCount;

        // When 40 more requests (sampled n = 3 seeded and not, greedy, logprobs, chat) run concurrently in shared batches
        var responses = await Task.WhenAll(Requests(server, 8));

        // Then all succeeded, and the live tensor count is back where it was: the model's weights only
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.ToString()));
        Assert.Equal(before, torch.Tensor.TotalCount);
    }

    private static IEnumerable<Task<HttpResponseMessage>> Requests(PsrServer server, int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            yield return Post(server, "v1/completions", $$"""{"model":"tiny","prompt":"ab{{i}}","n":3,"max_tokens":6,"temperature":0.8,"top_p":0.9,"seed":{{i}}}""");
            yield return Post(server, "v1/completions", $$"""{"model":"tiny","prompt":["a","b{{i}}c"],"n":2,"max_tokens":5,"temperature":1}""");
            yield return Post(server, "v1/completions", $$"""{"model":"tiny","prompt":"{{i}}+1=","max_tokens":8,"temperature":0,"stop":"\n"}""");
            yield return Post(server, "v1/completions", $$"""{"model":"tiny","prompt":"xy{{i}}","max_tokens":4,"temperature":0,"logprobs":3}""");
            yield return Post(server, "v1/chat/completions",
                $$"""{"model":"tiny","messages":[{"role":"user","content":"hi {{i}}"}],"max_tokens":4,"temperature":0,"logprobs":true,"top_logprobs":2}""");
        }
    }

    private static async Task<HttpResponseMessage> Post(PsrServer server, string route, string json)
    {
        var response = await Http.PostAsync(new Uri(server.BaseAddress, route), new StringContent(json, Encoding.UTF8, "application/json"));
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}

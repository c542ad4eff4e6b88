using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Backends.OpenAI.Roles;
using Psr.Model.Generation;
using Psr.Pipeline.Adapters;
using Psr.Roles;

namespace Psr.Serve.Tests;

/// <summary>The loopback acceptance at the role level: the HTTP policy over psr serve = the in-process policy.</summary>
public sealed class LoopbackEqualityTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly StepPrefix[] Prefixes =
    [
        new("q1", "what is 2+3?", [], 11),
        new("q2", "what is 7-4?", ["7-4=3"], 12),
        new("q3", "solve x+1=5", ["x=5-1"], 0xFFFF_FFFF_FFFF_FFF0),
        new("q4", "a", [], 14),
    ];

    [Theory]
    [InlineData(0.0, 1.0, EndpointApi.Completions)]
    [InlineData(1.0, 1.0, EndpointApi.Completions)]
    [InlineData(0.9, 0.8, EndpointApi.Completions)]
    [InlineData(1.0, 0.9, EndpointApi.Chat)]
    [InlineData(0.0, 1.0, EndpointApi.Chat)]
    public async Task The_http_policy_over_psr_serve_returns_the_in_process_candidates(double temperature, double topP, EndpointApi api)
    {
        // Given the policy over HTTP and the same checkpoint in-process, with the same seeds
        using var client = new OpenAiClient(fixture.Endpoint(api));
        var prompt = new LinePolicyPrompt();
        var policy = new HttpStepPolicy(client, prompt);
        var sampling = new StepSampling(4, temperature, topP, 12);

        // When all prefixes are sampled concurrently over HTTP
        var remote = await policy.SampleAsync(Prefixes, sampling, CancellationToken.None);

        // Then they equal the in-process policy's candidates (one batched call, per-prefix seeds)
        var local = await new GeneratorStepPolicy(fixture.Generator).SampleAsync(Prefixes, sampling, CancellationToken.None);
        for (var i = 0; i < Prefixes.Length; i++)
        {
            Assert.Equal(local[i].Select(c => c.Text), remote[i].Select(c => c.Text));
            Assert.Equal(local[i].Select(c => c.End), remote[i].Select(c => c.End));
        }
    }

    [Fact]
    public async Task Concurrent_greedy_clients_get_what_each_would_get_alone()
    {
        // Given twelve different prompts sent at once (so the server batches them)
        using var client = new OpenAiClient(fixture.Endpoint() with { MaxInFlight = 12 });
        var prompts = Enumerable.Range(0, 12).Select(i => $"{i} plus {i * 7} is ").ToList();

        // When each is completed greedily over HTTP
        var remote = await Task.WhenAll(prompts.Select(p =>
            client.GenerateAsync(RemotePrompt.Raw(p), new RemoteSampling(1, 10, 0, 1, 0, []), CancellationToken.None)));

        // Then each equals its in-process greedy completion alone
        for (var i = 0; i < prompts.Count; i++)
        {
            var alone = fixture.Generator.Sample([prompts[i]], new SamplingOptions { Temperature = 0, MaxNewTokens = 10 });
            Assert.Equal(alone[0].Text, remote[i][0].Text);
        }
    }
}

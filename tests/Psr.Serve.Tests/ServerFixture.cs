using Psr.Backends.OpenAI.Client;
using Psr.Model.Generation;
using Psr.Serve.Hosting;

namespace Psr.Serve.Tests;

/// <summary>One tiny checkpoint served on a free loopback port, plus the same checkpoint loaded in-process.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly TinyCheckpoint _checkpoint = new();

    public PsrServer Server { get; private set; } = null!;

    public ServedModel Local { get; private set; } = null!;

    public TextGenerator Generator => new(Local.Model, Local.Tokenizer);

    public string ModelName => "tiny";

    public Uri V1 => new(Server.BaseAddress, "v1");

    public OpenAiEndpoint Endpoint(EndpointApi api = EndpointApi.Completions) => new()
    {
        BaseUrl = V1.ToString(), Model = ModelName, Api = api, MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        ApiKeyVariable = "PSR_SERVE_TEST_NO_KEY", MaxInFlight = 8,
    };

    public async Task InitializeAsync()
    {
        Local = ServedModel.Load(_checkpoint.Folder);
        Server = await PsrServer.StartAsync(ServedModel.Load(_checkpoint.Folder, ModelName),
            new ServeOptions { Port = 0, MaxN = 8, MaxTokens = 64, MaxRequestBytes = 4096 });
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Local.Model.Dispose();
        _checkpoint.Dispose();
    }
}

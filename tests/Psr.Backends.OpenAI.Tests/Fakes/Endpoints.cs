using Psr.Backends.OpenAI.Client;

namespace Psr.Backends.OpenAI.Tests.Fakes;

internal static class Endpoints
{
    /// <summary>A fake endpoint with millisecond backoff so retry tests are quick.</summary>
    public static OpenAiEndpoint Fast(int retries = 3, string keyVariable = "PSR_TEST_NO_SUCH_KEY") => new()
    {
        BaseUrl = "http://fake.invalid/v1",
        Model = "tiny",
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromSeconds(30),
        ApiKeyVariable = keyVariable,
        MaxInFlight = 4,
    };
}

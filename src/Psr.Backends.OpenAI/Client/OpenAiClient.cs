using System.Net;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Psr.Protocol.OpenAI;

namespace Psr.Backends.OpenAI.Client;

/// <summary>
/// A client for one OpenAI-compatible endpoint, on <see cref="HttpClient"/> + System.Text.Json rather than the
/// official <c>OpenAI</c> package: its v2 API has no legacy <c>/v1/completions</c> client and keeps chat's <c>n</c>
/// internal (openai/openai-dotnet#143), and the pipeline needs both. Every attempt has a timeout; 408/429/5xx,
/// connection errors and timeouts are retried with exponential backoff and jitter (Polly, honouring
/// <c>Retry-After</c>); any other failure is one <see cref="BackendException"/> line. The API key is read from the
/// configured environment variable once and only ever written into the <c>Authorization</c> header.
/// </summary>
public sealed class OpenAiClient : IDisposable
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly string? _apiKey;
    private readonly Action<string>? _warn;

    /// <summary>Creates a client; <paramref name="handler"/> replaces the network (tests), <paramref name="warn"/> gets warnings.</summary>
    public OpenAiClient(OpenAiEndpoint endpoint, HttpMessageHandler? handler = null, Action<string>? warn = null)
    {
        Endpoint = endpoint.Validate();
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-attempt timeout governs
        var key = Environment.GetEnvironmentVariable(endpoint.ApiKeyVariable);
        _apiKey = string.IsNullOrEmpty(key) ? null : key;
        _warn = warn;
        _pipeline = BuildPipeline();
    }

    /// <summary>The validated endpoint.</summary>
    public OpenAiEndpoint Endpoint { get; }

    /// <summary>Traffic counts (requests, retries, choices, truncations, skips).</summary>
    public BackendCounters Counters { get; } = new();

    /// <summary>
    /// Sends one generation request on the endpoint's route and returns exactly <see cref="RemoteSampling.N"/>
    /// checked choices in index order.
    /// </summary>
    public async Task<IReadOnlyList<RemoteChoice>> GenerateAsync(RemotePrompt prompt, RemoteSampling sampling, CancellationToken cancellationToken)
    {
        IReadOnlyList<RemoteChoice> choices;
        if (prompt.Text is { } text)
        {
            var url = Endpoint.Route("completions");
            var response = await PostAsync<CompletionRequest, CompletionResponse>(url, Requests.Completion(Endpoint.Model, text, sampling), cancellationToken).ConfigureAwait(false);
            choices = ChoiceReader.Read(response, sampling.N, url);
        }
        else
        {
            var url = Endpoint.Route("chat/completions");
            var request = Requests.Chat(Endpoint.Model, prompt, sampling);
            var response = await PostAsync<ChatCompletionRequest, ChatCompletionResponse>(url, request, cancellationToken).ConfigureAwait(false);
            choices = ChoiceReader.Read(response, sampling.N, url);
        }
        CountTruncations(choices, sampling.MaxTokens);
        return choices;
    }

    /// <summary>Records a skipped item (e.g. an answer without a verdict) in <see cref="Counters"/>.</summary>
    public void CountSkip() => Counters.AddSkip();

    /// <summary>POSTs <paramref name="body"/> as JSON and reads the JSON answer; see the class remarks for failures.</summary>
    public async Task<TResponse> PostAsync<TRequest, TResponse>(Uri url, TRequest body, CancellationToken cancellationToken)
        where TResponse : class
    {
        var json = JsonSerializer.Serialize(body, WireJson.Options);
        using var response = await SendAsync(url, json, cancellationToken).ConfigureAwait(false);
        var text = await ReadBodyAsync(url, response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new BackendException(ErrorLine(url, response.StatusCode, text), (int)response.StatusCode);
        try
        {
            var parsed = JsonSerializer.Deserialize<TResponse>(text, WireJson.Options)
                ?? throw new JsonException("the body is JSON null");
            Counters.AddRequest();
            return parsed;
        }
        catch (JsonException e)
        {
            throw new BackendException($"POST {url}: malformed response ({OneLine(e.Message, 160)}): {OneLine(text, 200)}", (int)response.StatusCode, e);
        }
        catch (InvalidOperationException e) // a string holding a lone surrogate ("\ud800")
        {
            throw new BackendException($"POST {url}: malformed response (a JSON string is not valid UTF-16): {OneLine(text, 200)}", (int)response.StatusCode, e);
        }
    }

    /// <summary>
    /// The body as text, read only up to <see cref="OpenAiEndpoint.MaxResponseBytes"/> and within
    /// <see cref="OpenAiEndpoint.RequestTimeout"/> (the attempt's timeout ends with the headers).
    /// </summary>
    private async Task<string> ReadBodyAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = Endpoint.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is { } declared && declared > limit)
            throw new BackendException($"POST {url}: response body of {declared} bytes is over the {limit}-byte limit (OpenAiEndpoint.MaxResponseBytes)", (int)response.StatusCode);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Endpoint.RequestTimeout);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                    throw new BackendException($"POST {url}: response body is over the {limit}-byte limit (OpenAiEndpoint.MaxResponseBytes)", (int)response.StatusCode);
                buffer.Write(chunk, 0, read);
            }
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BackendException($"POST {url}: the response body did not arrive within {Endpoint.RequestTimeout.TotalSeconds:0.#} s", (int)response.StatusCode, e);
        }
        catch (HttpRequestException e)
        {
            throw new BackendException($"POST {url}: the connection broke while reading the response: {OneLine(e.Message, 200)}", (int)response.StatusCode, e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Uri url, string json, CancellationToken cancellationToken)
    {
        var attempts = Endpoint.MaxRetries + 1;
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                if (_apiKey is not null)
                    request.Headers.Authorization = new("Bearer", _apiKey);
                return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new BackendException($"POST {url}: cannot reach the server after {attempts} attempt(s): {OneLine(e.Message, 200)}", null, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new BackendException($"POST {url}: no response within {Endpoint.RequestTimeout.TotalSeconds:0.#} s, {attempts} attempt(s)", null, e);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (Endpoint.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Endpoint.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = Endpoint.RetryBaseDelay,
                MaxDelay = MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(TransientFaults.ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    Counters.AddRetry();
                    return default;
                },
            });
        }
        return builder.AddTimeout(Endpoint.RequestTimeout).Build();
    }

    /// <summary>The server's <c>Retry-After</c> (capped) when it sent one; null keeps the exponential delay.</summary>
    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome)
    {
        var delta = outcome.Result?.Headers.RetryAfter?.Delta;
        return delta is { } d && d >= TimeSpan.Zero ? (d < MaxRetryDelay ? d : MaxRetryDelay) : null;
    }

    private void CountTruncations(IReadOnlyList<RemoteChoice> choices, int maxTokens)
    {
        var truncated = choices.Count(c => c.Truncated);
        var total = Counters.AddChoices(choices.Count, truncated);
        // Warn at the 1st, 10th, 100th, ... truncation: loud, but not one line per request.
        for (var k = total - truncated + 1; k <= total && truncated > 0; k++)
        {
            if (IsPowerOfTen(k))
                _warn?.Invoke($"{Endpoint.BaseUrl} ({Endpoint.Model}): {k} choice(s) cut at max_tokens = {maxTokens} " +
                              $"(finish_reason \"length\"; {Counters.TruncationRate:P1} of {Counters.Choices} so far)");
        }
    }

    private static bool IsPowerOfTen(long k)
    {
        while (k >= 10 && k % 10 == 0)
            k /= 10;
        return k == 1;
    }

    private static string ErrorLine(Uri url, HttpStatusCode status, string body)
    {
        string detail;
        try
        {
            detail = JsonSerializer.Deserialize<ErrorBody>(body, WireJson.Options)?.Error?.Message ?? body;
        }
        catch (JsonException)
        {
            detail = body;
        }
        var retried = TransientFaults.IsTransient(status) ? " (after retries)" : "";
        return $"POST {url}: HTTP {(int)status} {status}{retried}: {OneLine(detail, 300)}";
    }

    private static string OneLine(string text, int max)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..max] + "…";
    }
}

using Psr.Core.Errors;
using Psr.Serve.Batching;
using Psr.Serve.Hosting;

namespace Psr.Serve.Endpoints;

/// <summary>Validates a request against the server's limits; the first problem becomes a 4xx.</summary>
internal static class RequestChecks
{
    /// <summary>OpenAI's default temperature and top-p when a request leaves them out.</summary>
    private const double DefaultTemperature = 1.0;

    /// <summary>The job for a request, or its first problem; the job is not yet bound to a client (see <see cref="GenerationJob.Aborted"/>).</summary>
    public static (GenerationJob? Job, (int Status, string Message, string Param)? Error) Job(
        SamplingRequest r, IReadOnlyList<string> prompts, int defaultMaxTokens, IReadOnlyList<string> templateStops,
        ServedModel model, ServeOptions options)
    {
        var error = Check(r, prompts, defaultMaxTokens, model, options);
        if (error is not null)
            return (null, error);
        var maxTokens = r.MaxTokens ?? defaultMaxTokens;
        var n = r.N ?? 1;
        var promptTokens = 0L;
        for (var i = 0; i < prompts.Count; i++)
        {
            var prompt = prompts[i];
            if (prompt is null)
                return (null, (400, $"prompt {i} is null", "prompt"));
            int tokens;
            try
            {
                tokens = model.Tokenizer.Encode(prompt).Length;
            }
            catch (PsrException) // e.g. a character outside a char-level model's alphabet; its text stays in the server
            {
                return (null, (400, $"prompt {i} cannot be tokenized by this model (a character outside its vocabulary?)", "prompt"));
            }
            if (tokens == 0)
                return (null, (400, "the prompt encodes to no tokens", "prompt"));
            if (tokens + maxTokens > model.Model.Config.MaxPositionEmbeddings)
                return (null, (400, $"prompt ({tokens} tokens) + max_tokens ({maxTokens}) exceed the context length ({model.Model.Config.MaxPositionEmbeddings})", "max_tokens"));
            promptTokens += tokens;
        }
        // The memory a request holds grows with its rows × positions: n rows per prompt, each up to prompt + max_tokens.
        var budget = n * (promptTokens + (long)prompts.Count * maxTokens);
        var limit = Math.Min(options.MaxRequestTokens, options.MaxBatchTokens);
        if (budget > limit)
            return (null, (400, $"the request needs {budget} tokens (n {n} × ({promptTokens} prompt tokens over {prompts.Count} prompt(s) + {prompts.Count} × max_tokens {maxTokens})), over this server's budget of {limit} tokens per request", "max_tokens"));
        var stops = (r.Stop ?? []).Concat(templateStops).Distinct(StringComparer.Ordinal).ToList();
        return (new GenerationJob(prompts, n, maxTokens, r.Temperature ?? DefaultTemperature, r.TopP ?? 1, r.Seed, stops, r.TopLogprobs) { Tokens = budget }, null);
    }

    private static (int, string, string)? Check(SamplingRequest r, IReadOnlyList<string> prompts, int defaultMaxTokens, ServedModel model, ServeOptions options)
    {
        if (r.Model != model.Name)
            return (404, $"model \"{r.Model}\" is not served here (serving \"{model.Name}\")", "model");
        if (r.Stream == true && r.TopLogprobs is not null)
            return (400, "logprobs are not streamed; send \"stream\": false to get them", "logprobs");
        if (r.N is { } n && (n < 1 || n > options.MaxN))
            return (400, $"n ({n}) must be in 1..{options.MaxN}", "n");
        if ((r.MaxTokens ?? defaultMaxTokens) is var m && (m < 1 || m > options.MaxTokens))
            return (400, $"max_tokens ({m}) must be in 1..{options.MaxTokens}", "max_tokens");
        if (r.Temperature is { } t && !(t >= 0 && t <= 2))
            return (400, $"temperature ({t}) must be in [0, 2]", "temperature");
        if (r.TopP is { } p && !(p > 0 && p <= 1))
            return (400, $"top_p ({p}) must be in (0, 1]", "top_p");
        if (r.Stop is { } stop && (stop.Count > 16 || stop.Any(string.IsNullOrEmpty)))
            return (400, "stop must hold at most 16 non-empty strings", "stop");
        if (r.TopLogprobs is { } k && (k < 0 || k > 20))
            return (400, $"logprobs ({k}) must be in 0..20", "logprobs");
        if (prompts.Count == 0 || prompts.Count > options.MaxPrompts)
            return (400, $"between 1 and {options.MaxPrompts} prompts are accepted, got {prompts.Count}", "prompt");
        return null;
    }
}

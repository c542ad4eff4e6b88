using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Psr.Core.Errors;
using Psr.Protocol.OpenAI;
using Psr.Serve.Batching;
using Psr.Serve.Hosting;
using Psr.Serve.Streaming;

namespace Psr.Serve.Endpoints;

/// <summary>The OpenAI-compatible routes: <c>/v1/models</c>, <c>/v1/completions</c>, <c>/v1/chat/completions</c>.</summary>
internal sealed class ServeRoutes(ModelCatalog catalog, ServeOptions options)
{
    /// <summary>OpenAI's default <c>max_tokens</c> for completions.</summary>
    private const int CompletionsDefaultMaxTokens = 16;

    /// <summary>How often a request resolves its model again when a swap closed the batcher it had.</summary>
    private const int MaxResolves = 8;

    /// <summary>What a 429 asks the client to wait.</summary>
    private const int RetryAfterSeconds = 1;

    public void Map(WebApplication app)
    {
        _log = app.Logger;
        app.MapGet("/v1/models", () => Results.Json(new ModelList("list",
            catalog.Listed.Select(m => new ModelCard(m.Name, "model", 0, "psr", m.Model.Config.MaxPositionEmbeddings)).ToList()), WireJson.Options));
        app.MapPost("/v1/completions", (Func<HttpContext, Task<IResult>>)CompletionsAsync);
        app.MapPost("/v1/chat/completions", (Func<HttpContext, Task<IResult>>)ChatAsync);
        app.MapGet("/health", () => Results.Ok());
    }

    private ILogger _log = NullLogger.Instance;

    /// <summary>What one route makes of a resolved model: a job, how to answer it, or the request's problem.</summary>
    private sealed record Plan(GenerationJob? Job, IResult? Error, Func<JobResult, object>? Respond = null, Func<JobResult, IEnumerable<JsonObject>>? Stream = null);

    private IResult NotServed(string? name) =>
        ApiError.Result(404, $"model \"{name}\" is not served here ({catalog.Describe()})", "model");

    private async Task<IResult> CompletionsAsync(HttpContext context)
    {
        var (request, error) = await RequestBody.ReadAsync<CompletionRequest>(context);
        if (request is null)
            return error!;
        return await GenerateAsync(context, request.Model, (model, aborted) =>
        {
            var sampling = new SamplingRequest(request.Model, request.N, request.MaxTokens, request.Temperature, request.TopP,
                request.Seed, request.Stop, request.Logprobs, request.Stream);
            var (job, problem) = RequestChecks.Job(sampling, request.Prompt ?? [], CompletionsDefaultMaxTokens, [], model, options);
            if (job is null)
                return new Plan(null, ApiError.Result(problem!.Value.Status, problem.Value.Message, problem.Value.Param));
            return new Plan(job with { Aborted = aborted }, null, result => ResponseBuilder.Completion(model.Name, result, job.N),
                request.Stream == true ? result => StreamChunks.Completion(model.Name, result, job.N, model.Tokenizer) : null);
        });
    }

    private async Task<IResult> ChatAsync(HttpContext context)
    {
        var (request, error) = await RequestBody.ReadAsync<ChatCompletionRequest>(context);
        if (request is null)
            return error!;
        return await GenerateAsync(context, request.Model, (model, aborted) =>
        {
            if (request.Messages is not { Count: > 0 } messages || messages.Any(m => m is null || m.Role is not ("system" or "user" or "assistant") || m.Content is null))
                return new Plan(null, ApiError.Result(400, "messages must be a non-empty list of {role: system|user|assistant, content: string}", "messages"));
            var prompt = model.ChatTemplate.Render(messages, request.ContinueFinalMessage == true, request.AddGenerationPrompt ?? true);
            var top = request.Logprobs == true ? request.TopLogprobs ?? 0 : (int?)null;
            var sampling = new SamplingRequest(request.Model, request.N, request.TokenLimit, request.Temperature, request.TopP,
                request.Seed, request.Stop, top, request.Stream);
            var turnEnds = model.ChatTemplate.TurnEnds;
            var (job, problem) = RequestChecks.Job(sampling, [prompt], options.MaxTokens, turnEnds, model, options);
            if (job is null)
                return new Plan(null, ApiError.Result(problem!.Value.Status, problem.Value.Message, problem.Value.Param));
            return new Plan(job with { Aborted = aborted }, null, result => ResponseBuilder.Chat(model.Name, result, turnEnds),
                request.Stream == true ? result => StreamChunks.Chat(model.Name, result, model.Tokenizer) : null);
        });
    }

    /// <summary>
    /// Resolves the model, plans the job and runs it within <see cref="ServeOptions.RequestTimeout"/>: a full queue is a
    /// 429 with <c>Retry-After</c>, a model swapped out under the request is resolved again, the time limit is a 504,
    /// a client that went away gets nothing (its job is dropped or its rows freed), and a failure is a 500 whose
    /// reason goes to the server log only. Answers one JSON body, or with a stream the chunks as server-sent events
    /// (framed once the batch has finished: the generator returns whole completions, so the first token comes no earlier).
    /// </summary>
    private async Task<IResult> GenerateAsync(HttpContext context, string? name, Func<ServedModel, CancellationToken, Plan> plan)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        limit.CancelAfter(options.RequestTimeout);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await catalog.ResolveAsync(name, limit.Token) is not { } slot)
                    return NotServed(name);
                var (job, problem, respond, stream) = plan(slot.Model, limit.Token);
                if (job is null)
                    return problem!;
                var result = await slot.Batcher.SubmitAsync(job, limit.Token);
                if (stream is null)
                    return Results.Json(respond!(result), WireJson.Options);
                await SseWriter.WriteAsync(context.Response, stream(result), limit.Token);
                return Results.Empty;
            }
            catch (QueueRefusal r) when (r.Closing && attempt < MaxResolves)
            {
                // the model was swapped out between resolving and queueing: resolve it again
            }
            catch (QueueRefusal r)
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return r.Closing
                    ? ApiError.Result(503, "the model is being swapped or the server is stopping; retry", type: "server_error")
                    : ApiError.Result(429, $"the generation queue is full ({options.MaxQueuedRequests} requests waiting); retry after {RetryAfterSeconds} s", type: "rate_limit_error");
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return Results.Empty; // the client went away; its job was dropped or its rows freed
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                return context.Response.HasStarted ? Results.Empty
                    : ApiError.Result(504, $"the request took longer than this server's limit of {options.RequestTimeout.TotalSeconds:0.###} s", type: "timeout_error");
            }
            catch (PsrException e) // a checkpoint folder under the root that cannot be loaded
            {
                _log.LogWarning("model {Name} cannot be loaded: {Reason}", name, e.Message);
                return ApiError.Result(400, $"model \"{name}\" names a checkpoint folder that cannot be loaded (the server log says why)", "model");
            }
            catch (Exception e) // generation failed: the client gets a 500 without internals, the server keeps running
            {
                _log.LogError(e, "generation for model {Name} failed", name);
                return context.Response.HasStarted ? Results.Empty : ApiError.Result(500, "generation failed (the server log says why)", type: "server_error");
            }
        }
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

    public void Map(WebApplication app)
    {
        app.MapGet("/v1/models", () => Results.Json(new ModelList("list",
            catalog.Listed.Select(m => new ModelCard(m.Name, "model", 0, "psr", m.Model.Config.MaxPositionEmbeddings)).ToList()), WireJson.Options));
        app.MapPost("/v1/completions", (Func<HttpContext, Task<IResult>>)CompletionsAsync);
        app.MapPost("/v1/chat/completions", (Func<HttpContext, Task<IResult>>)ChatAsync);
        app.MapGet("/health", () => Results.Ok());
    }

    private IResult NotServed(string? name) =>
        ApiError.Result(404, $"model \"{name}\" is not served here ({catalog.Describe()})", "model");

    private async Task<IResult> CompletionsAsync(HttpContext context)
    {
        var (request, error) = await RequestBody.ReadAsync<CompletionRequest>(context);
        if (request is null)
            return error!;
        if (await catalog.ResolveAsync(request.Model, context.RequestAborted) is not { } slot)
            return NotServed(request.Model);
        var (model, batcher) = slot;
        var sampling = new SamplingRequest(request.Model, request.N, request.MaxTokens, request.Temperature, request.TopP,
            request.Seed, request.Stop, request.Logprobs, request.Stream);
        var (job, problem) = RequestChecks.Job(sampling, request.Prompt ?? [], CompletionsDefaultMaxTokens, [], model, options);
        if (job is null)
            return ApiError.Result(problem!.Value.Status, problem.Value.Message, problem.Value.Param);
        return await RunAsync(batcher, job, context, result => ResponseBuilder.Completion(model.Name, result, job.N),
            request.Stream == true ? result => StreamChunks.Completion(model.Name, result, job.N, model.Tokenizer) : null);
    }

    private async Task<IResult> ChatAsync(HttpContext context)
    {
        var (request, error) = await RequestBody.ReadAsync<ChatCompletionRequest>(context);
        if (request is null)
            return error!;
        if (await catalog.ResolveAsync(request.Model, context.RequestAborted) is not { } slot)
            return NotServed(request.Model);
        var (model, batcher) = slot;
        if (request.Messages is not { Count: > 0 } messages || messages.Any(m => m.Role is not ("system" or "user" or "assistant") || m.Content is null))
            return ApiError.Result(400, "messages must be a non-empty list of {role: system|user|assistant, content: string}", "messages");
        var prompt = model.ChatTemplate.Render(messages, request.ContinueFinalMessage == true, request.AddGenerationPrompt ?? true);
        var top = request.Logprobs == true ? request.TopLogprobs ?? 0 : (int?)null;
        var sampling = new SamplingRequest(request.Model, request.N, request.TokenLimit, request.Temperature, request.TopP,
            request.Seed, request.Stop, top, request.Stream);
        var turnEnds = model.ChatTemplate.TurnEnds;
        var (job, problem) = RequestChecks.Job(sampling, [prompt], options.MaxTokens, turnEnds, model, options);
        if (job is null)
            return ApiError.Result(problem!.Value.Status, problem.Value.Message, problem.Value.Param);
        return await RunAsync(batcher, job, context, result => ResponseBuilder.Chat(model.Name, result, turnEnds),
            request.Stream == true ? result => StreamChunks.Chat(model.Name, result, model.Tokenizer) : null);
    }

    /// <summary>
    /// Runs the job; answers one JSON body, or with <paramref name="stream"/> the chunks as server-sent events (framed
    /// once the batch has finished: the generator returns whole completions, so the first token comes no earlier).
    /// </summary>
    private static async Task<IResult> RunAsync<T>(GenerationBatcher batcher, GenerationJob job, HttpContext context, Func<JobResult, T> respond,
        Func<JobResult, IEnumerable<JsonObject>>? stream)
    {
        JobResult result;
        try
        {
            result = await batcher.SubmitAsync(job, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty; // the client went away
        }
        catch (Exception e) // generation failed: the client gets the reason as a 500, the server keeps running
        {
            return ApiError.Result(500, e.Message.ReplaceLineEndings(" "), type: "server_error");
        }
        if (stream is null)
            return Results.Json(respond(result), WireJson.Options);
        try
        {
            await SseWriter.WriteAsync(context.Response, stream(result), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the client went away mid-stream
        }
        return Results.Empty;
    }
}

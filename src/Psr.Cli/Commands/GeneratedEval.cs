using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Evaluation;
using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;

namespace Psr.Cli.Commands;

/// <summary>
/// The <c>--endpoint</c> / <c>--checkpoint</c> half of <c>psr eval</c>: builds the completion source and the options
/// from the command line and runs <see cref="ServedEvaluator"/>. Progress and truncation warnings go to stderr.
/// </summary>
internal static class GeneratedEval
{
    public static async Task<ServedEvalResult> RunAsync(
        EvalCommand.Settings settings, IReadOnlyList<BenchmarkItem> items, BenchmarkEvaluator evaluator, CancellationToken cancellationToken)
    {
        var options = new ServedEvalOptions
        {
            OutDirectory = settings.Out!, Template = settings.Template, MaxTokens = settings.MaxTokens, Stop = settings.Stop, Limit = settings.Limit,
        }.Validate();
        var runner = new ServedEvaluator(evaluator, Log);
        if (settings.Checkpoint is { } directory)
        {
            using var checkpoint = CheckpointCompletionSource.Load(directory, settings.Concurrency);
            return await runner.RunAsync(settings.Benchmark!, items, checkpoint, options, cancellationToken);
        }
        var endpoint = new OpenAiEndpoint
        {
            BaseUrl = WithVersionPath(settings.Endpoint!), Model = settings.Model!, Api = settings.Api,
            ApiKeyVariable = settings.ApiKeyVariable, MaxInFlight = settings.Concurrency,
        };
        using var client = new OpenAiClient(endpoint, warn: Log);
        return await runner.RunAsync(settings.Benchmark!, items, new EndpointCompletionSource(client), options, cancellationToken);
    }

    /// <summary>A bare server address (<c>http://host:8000</c>) gets OpenAI's <c>/v1</c>; any other path is kept.</summary>
    internal static string WithVersionPath(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" ? url.TrimEnd('/') + "/v1" : url;

    private static void Log(string line) => Console.Error.WriteLine("psr eval: " + line);
}

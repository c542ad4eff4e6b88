using System.ComponentModel;
using System.Globalization;
using Psr.Serve.Hosting;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>
/// <c>psr serve CHECKPOINT</c>: an OpenAI-compatible server (<c>/v1/completions</c>, <c>/v1/chat/completions</c>,
/// <c>/v1/models</c>) for a psr / Hugging Face checkpoint folder, until Ctrl+C or SIGTERM (graceful).
/// </summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[CHECKPOINT]")]
        [Description("Checkpoint folder: config.json, model.safetensors (or shards) and a tokenizer (optional with --checkpoints-under).")]
        public string? Checkpoint { get; init; }

        [CommandOption("--checkpoints-under <DIR>")]
        [Description("Also serve any checkpoint folder inside DIR, named by its path (absolute or relative to DIR), loaded on first use, one at a time (e.g. a run directory for psr run's served roles).")]
        public string? CheckpointsUnder { get; init; }

        [CommandOption("--host <ADDRESS>")]
        [Description("Address to bind (default 127.0.0.1; 0.0.0.0 exposes the server to the network).")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--port <PORT>")]
        [Description("TCP port (default 8000).")]
        [DefaultValue(8000)]
        public int Port { get; init; } = 8000;

        [CommandOption("--served-model-name <NAME>")]
        [Description("Name clients send as \"model\" (default: the folder's name).")]
        public string? ModelName { get; init; }

        [CommandOption("--api-key-env <VARIABLE>")]
        [Description("Require \"Authorization: Bearer KEY\" with KEY read from this environment variable (unset or empty: refuses to start).")]
        public string? ApiKeyVariable { get; init; }

        [CommandOption("--max-n <N>")]
        [Description("Largest n per request (default 16).")]
        [DefaultValue(16)]
        public int MaxN { get; init; } = 16;

        [CommandOption("--max-tokens <N>")]
        [Description("Largest max_tokens per request (default 1024).")]
        [DefaultValue(1024)]
        public int MaxTokens { get; init; } = 1024;

        [CommandOption("--max-request-bytes <BYTES>")]
        [Description("Largest request body (default 1048576).")]
        [DefaultValue(1048576L)]
        public long MaxRequestBytes { get; init; } = 1 << 20;

        [CommandOption("--batch-window-ms <MS>")]
        [Description("How long to collect requests into one generation batch (default 5).")]
        [DefaultValue(5)]
        public int BatchWindowMs { get; init; } = 5;

        [CommandOption("--max-batch-prompts <N>")]
        [Description("Most prompts per generation batch (default 32).")]
        [DefaultValue(32)]
        public int MaxBatchPrompts { get; init; } = 32;

        [CommandOption("--max-request-tokens <N>")]
        [Description("Token budget of one request: prompts × n × (prompt + max_tokens); more is a 400 (default 65536).")]
        [DefaultValue(65536L)]
        public long MaxRequestTokens { get; init; } = 1 << 16;

        [CommandOption("--max-batch-tokens <N>")]
        [Description("Token budget of one generation batch, the same measure (default 131072).")]
        [DefaultValue(131072L)]
        public long MaxBatchTokens { get; init; } = 1 << 17;

        [CommandOption("--max-queued <N>")]
        [Description("Most requests waiting per model; more are a 429 with Retry-After (default 256).")]
        [DefaultValue(256)]
        public int MaxQueuedRequests { get; init; } = 256;

        [CommandOption("--request-timeout-s <SECONDS>")]
        [Description("Time limit of one request, queueing included; longer is a 504 (default 900).")]
        [DefaultValue(900)]
        public int RequestTimeoutSeconds { get; init; } = 900;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new ServeOptions
        {
            Host = settings.Host, Port = settings.Port, ModelName = settings.ModelName, ApiKeyVariable = settings.ApiKeyVariable,
            MaxN = settings.MaxN, MaxTokens = settings.MaxTokens, MaxRequestBytes = settings.MaxRequestBytes,
            BatchWindow = TimeSpan.FromMilliseconds(settings.BatchWindowMs), MaxBatchPrompts = settings.MaxBatchPrompts,
            CheckpointsUnder = settings.CheckpointsUnder, MaxRequestTokens = settings.MaxRequestTokens,
            MaxBatchTokens = settings.MaxBatchTokens, MaxQueuedRequests = settings.MaxQueuedRequests,
            RequestTimeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds),
        }.Validate();
        if (settings.Checkpoint is null && settings.CheckpointsUnder is null)
            throw new Psr.Core.Errors.PsrException("psr serve: give a CHECKPOINT folder, --checkpoints-under DIR, or both");
        var model = settings.Checkpoint is null ? null : ServedModel.Load(settings.Checkpoint);
        await using var server = await PsrServer.StartAsync(model, options, cancellationToken);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"psr serve: {(model is null ? "" : $"\"{options.ModelName ?? model.Name}\" ")}{(settings.CheckpointsUnder is null ? "" : $"checkpoints under {Path.GetFullPath(settings.CheckpointsUnder)} ")}on {server.BaseAddress}v1 (Ctrl+C stops)"));
        await server.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}

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
        [Description("Require \"Authorization: Bearer KEY\" with KEY read from this environment variable.")]
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
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new ServeOptions
        {
            Host = settings.Host, Port = settings.Port, ModelName = settings.ModelName, ApiKeyVariable = settings.ApiKeyVariable,
            MaxN = settings.MaxN, MaxTokens = settings.MaxTokens, MaxRequestBytes = settings.MaxRequestBytes,
            BatchWindow = TimeSpan.FromMilliseconds(settings.BatchWindowMs), MaxBatchPrompts = settings.MaxBatchPrompts,
            CheckpointsUnder = settings.CheckpointsUnder,
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

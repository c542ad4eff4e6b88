using System.ComponentModel;
using System.Text.Json.Nodes;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Evaluation;
using Psr.Core.IO;
using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;
using Psr.Eval.Extraction;
using Psr.Eval.Grading;
using Psr.Eval.Metrics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>
/// <c>psr eval --benchmark NAME --predictions FILE</c>: accuracy with a 95% bootstrap interval, no-answer rate and
/// per-item results; <c>--gold</c> grades the benchmark's own gold solutions instead (the gold check);
/// <c>--endpoint URL --model NAME</c> or <c>--checkpoint DIR</c> first generates the outputs (the paper's protocol,
/// resumable in <c>--out DIR</c>, see <see cref="GeneratedEval"/>).
/// </summary>
public sealed class EvalCommand : AsyncCommand<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--benchmark <NAME>")]
        [Description("gsm8k, math, math500, gaokao2023en, olympiadbench, aime24, amc23, or a path to a .jsonl file.")]
        public string? Benchmark { get; init; }

        [CommandOption("--predictions <FILE>")]
        [Description("JSONL lines {\"id\", \"output\"} (or {\"id\", \"prediction\"}); '-' reads stdin.")]
        public string? Predictions { get; init; }

        [CommandOption("--endpoint <URL>")]
        [Description("Generate the outputs on an OpenAI-compatible server first (base URL, e.g. http://127.0.0.1:8000/v1). Needs --model and --out.")]
        public string? Endpoint { get; init; }

        [CommandOption("--model <NAME>")]
        [Description("Model name sent to --endpoint.")]
        public string? Model { get; init; }

        [CommandOption("--api <API>")]
        [Description("Route of --endpoint: completions (prompt as raw text) or chat (prompt as the user message) (default: completions).")]
        [DefaultValue(EndpointApi.Completions)]
        public EndpointApi Api { get; init; } = EndpointApi.Completions;

        [CommandOption("--api-key-env <VARIABLE>")]
        [Description("Environment variable holding --endpoint's API key (default: OPENAI_API_KEY; unset = no key).")]
        [DefaultValue("OPENAI_API_KEY")]
        public string ApiKeyVariable { get; init; } = "OPENAI_API_KEY";

        [CommandOption("--checkpoint <DIR>")]
        [Description("Generate the outputs with this checkpoint in-process first (batched greedy generation). Needs --out.")]
        public string? Checkpoint { get; init; }

        [CommandOption("--template <TEMPLATE>")]
        [Description("Prompt for generated outputs: paper (Figure 4), lines (question + newline) or raw (default: paper).")]
        [DefaultValue(EvalTemplate.Paper)]
        public EvalTemplate Template { get; init; } = EvalTemplate.Paper;

        [CommandOption("--max-tokens <N>")]
        [Description("Token cap per generated output, always sent (default: 2048).")]
        [DefaultValue(2048)]
        public int MaxTokens { get; init; } = 2048;

        [CommandOption("--stop <TEXT>")]
        [Description("A stop string for generated outputs (repeatable; default: none).")]
        public string[] Stop { get; init; } = [];

        [CommandOption("--concurrency <N>")]
        [Description("Requests in flight for --endpoint; prompts per generation batch for --checkpoint (default: 16).")]
        [DefaultValue(16)]
        public int Concurrency { get; init; } = 16;

        [CommandOption("--limit <N>")]
        [Description("Generate and grade only the first N items.")]
        public int? Limit { get; init; }

        [CommandOption("--gold")]
        [Description("Gold check: grade the benchmark's worked solutions against its gold answers.")]
        public bool Gold { get; init; }

        [CommandOption("--benchmarks-dir <DIR>")]
        [Description("Folder of the shipped benchmarks (default: shared/benchmarks found above the current directory).")]
        public string? BenchmarksDirectory { get; init; }

        [CommandOption("--question-field <NAME>")]
        [Description("Question field of a .jsonl benchmark (default: question).")]
        [DefaultValue("question")]
        public string QuestionField { get; init; } = "question";

        [CommandOption("--answer-field <NAME>")]
        [Description("Answer field of a .jsonl benchmark (default: answer).")]
        [DefaultValue("answer")]
        public string AnswerField { get; init; } = "answer";

        [CommandOption("--id-field <NAME>")]
        [Description("Id field of a .jsonl benchmark; absent ids are 0-based line indexes (default: id).")]
        [DefaultValue("id")]
        public string IdField { get; init; } = "id";

        [CommandOption("--format <FORMAT>")]
        [Description("What stdout gets: markdown (summary + per-item table) or json (default: markdown).")]
        [DefaultValue("markdown")]
        public string Format { get; init; } = "markdown";

        [CommandOption("--out <DIR>")]
        [Description("Also write eval.json and eval.md (atomically) into this folder; with --endpoint/--checkpoint also outputs.jsonl (a rerun resumes it).")]
        public string? Out { get; init; }

        [CommandOption("--last-number")]
        [Description("Without an answer marker, take the last number of the output (GSM8K-style).")]
        public bool LastNumber { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Benchmark))
                return ValidationResult.Error("--benchmark is required");
            var modes = new[] { Predictions is not null, Gold, Endpoint is not null, Checkpoint is not null }.Count(m => m);
            if (modes != 1)
                return ValidationResult.Error("give exactly one of --predictions FILE, --gold, --endpoint URL or --checkpoint DIR");
            if ((Endpoint is not null) != (Model is not null))
                return ValidationResult.Error("--model NAME goes with --endpoint URL (both or neither)");
            if ((Endpoint is not null || Checkpoint is not null) && string.IsNullOrWhiteSpace(Out))
                return ValidationResult.Error("--endpoint and --checkpoint need --out DIR (outputs.jsonl is written there and resumed)");
            if (Checkpoint is not null && Api != EndpointApi.Completions)
                return ValidationResult.Error("--api chat needs --endpoint; --checkpoint takes the prompt as raw text");
            if (Concurrency < 1)
                return ValidationResult.Error($"--concurrency must be >= 1, got {Concurrency}");
            if (Format is not ("markdown" or "json"))
                return ValidationResult.Error($"--format must be markdown or json, got '{Format}'");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var fields = new JsonlFields { Question = settings.QuestionField, Answer = settings.AnswerField, Id = settings.IdField };
        var items = BenchmarkSource.Load(settings.Benchmark!, settings.BenchmarksDirectory, fields);
        var extract = new ExtractOptions { Fallback = settings.LastNumber ? ExtractFallback.LastNumber : ExtractFallback.None };
        var evaluator = new BenchmarkEvaluator(new AnswerGrader(), extract, BootstrapOptions.Default);
        JsonObject jsonReport;
        string markdown;
        if (settings.Endpoint is not null || settings.Checkpoint is not null)
        {
            var result = await GeneratedEval.RunAsync(settings, items, evaluator, cancellationToken);
            (jsonReport, markdown) = (ServedEvalReportWriter.ToJson(result), ServedEvalReportWriter.ToMarkdown(result));
        }
        else
        {
            var report = settings.Gold
                ? GoldCheck.Run(settings.Benchmark!, items, evaluator)
                : evaluator.Evaluate(settings.Benchmark!, items, PredictionFile.Read(settings.Predictions == PsrApp.StdinArgument ? "-" : settings.Predictions!));
            (jsonReport, markdown) = (EvalReportWriter.ToJson(report), EvalReportWriter.ToMarkdown(report));
        }
        var json = jsonReport.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        if (settings.Out is { } dir)
        {
            AtomicFile.WriteAllText(Path.Combine(dir, "eval.json"), json + "\n");
            AtomicFile.WriteAllText(Path.Combine(dir, "eval.md"), markdown);
        }
        Console.Out.Write(settings.Format == "json" ? json + "\n" : markdown);
        return 0;
    }
}

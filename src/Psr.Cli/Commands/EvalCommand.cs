using System.ComponentModel;
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
/// per-item results; <c>--gold</c> grades the benchmark's own gold solutions instead (the gold check).
/// </summary>
public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--benchmark <NAME>")]
        [Description("gsm8k, math, math500, gaokao2023en, olympiadbench, aime24, amc23, or a path to a .jsonl file.")]
        public string? Benchmark { get; init; }

        [CommandOption("--predictions <FILE>")]
        [Description("JSONL lines {\"id\", \"output\"} (or {\"id\", \"prediction\"}); '-' reads stdin.")]
        public string? Predictions { get; init; }

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
        [Description("Also write eval.json and eval.md (atomically) into this folder.")]
        public string? Out { get; init; }

        [CommandOption("--last-number")]
        [Description("Without an answer marker, take the last number of the output (GSM8K-style).")]
        public bool LastNumber { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Benchmark))
                return ValidationResult.Error("--benchmark is required");
            if (Gold == (Predictions is not null))
                return ValidationResult.Error("give exactly one of --predictions FILE or --gold");
            if (Format is not ("markdown" or "json"))
                return ValidationResult.Error($"--format must be markdown or json, got '{Format}'");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var fields = new JsonlFields { Question = settings.QuestionField, Answer = settings.AnswerField, Id = settings.IdField };
        var items = BenchmarkSource.Load(settings.Benchmark!, settings.BenchmarksDirectory, fields);
        var extract = new ExtractOptions { Fallback = settings.LastNumber ? ExtractFallback.LastNumber : ExtractFallback.None };
        var evaluator = new BenchmarkEvaluator(new AnswerGrader(), extract, BootstrapOptions.Default);
        var report = settings.Gold
            ? GoldCheck.Run(settings.Benchmark!, items, evaluator)
            : evaluator.Evaluate(settings.Benchmark!, items, PredictionFile.Read(settings.Predictions == PsrApp.StdinArgument ? "-" : settings.Predictions!));
        var json = EvalReportWriter.ToJson(report).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var markdown = EvalReportWriter.ToMarkdown(report);
        if (settings.Out is { } dir)
        {
            AtomicFile.WriteAllText(Path.Combine(dir, "eval.json"), json + "\n");
            AtomicFile.WriteAllText(Path.Combine(dir, "eval.md"), markdown);
        }
        Console.Out.Write(settings.Format == "json" ? json + "\n" : markdown);
        return 0;
    }
}

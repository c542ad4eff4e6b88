using System.ComponentModel;
using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Studies.Measurement;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr world measure</c>: issue 4's acceptance numbers for one model, printed and written as JSON.</summary>
public sealed class WorldMeasureCommand : Command<WorldMeasureCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--model <DIR>")]
        [Description("Model folder (config.json, model.safetensors, psr_tokenizer.json).")]
        public string? Model { get; init; }

        [CommandOption("--preset <NAME>")]
        [Description("World preset (default: default).")]
        [DefaultValue("default")]
        public string Preset { get; init; } = "default";

        [CommandOption("-n|--count <N>")]
        [Description("Test problems for greedy and the searches (default: 1000).")]
        [DefaultValue(1000)]
        public int Count { get; init; } = 1000;

        [CommandOption("--search-count <N>")]
        [Description("Test problems for the two searches (default: all of -n).")]
        public int? SearchCount { get; init; }

        [CommandOption("--step-problems <N>")]
        [Description("Test problems for per-step accuracy (default: 300).")]
        [DefaultValue(300)]
        public int StepProblems { get; init; } = 300;

        [CommandOption("--judge-pairs <N>")]
        [Description("Held-out judge pairs, each in both orders (default: 300).")]
        [DefaultValue(300)]
        public int JudgePairs { get; init; } = 300;

        [CommandOption("--no-search")]
        [Description("Skip both searches (greedy and judge numbers only).")]
        public bool NoSearch { get; init; }

        [CommandOption("--no-oracle-search")]
        [Description("Skip the search with the oracle judge.")]
        public bool NoOracleSearch { get; init; }

        [CommandOption("--width <W>")]
        [Description("Search candidates per step (default: 6).")]
        [DefaultValue(6)]
        public int Width { get; init; } = 6;

        [CommandOption("--temperature <T>")]
        [Description("Search sampling temperature (default: 0.5).")]
        [DefaultValue(0.5)]
        public double Temperature { get; init; } = 0.5;

        [CommandOption("--no-self-filter")]
        [Description("Keep pairs whose chosen step the judge itself called wrong.")]
        public bool NoSelfFilter { get; init; }

        [CommandOption("--one-order")]
        [Description("Judge one order of each distinct pair and mirror it (half the judge calls; default: both orders).")]
        public bool OneOrder { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Test draw and search seed (default: 1).")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("--out <FILE>")]
        [Description("JSON report file (default: MODEL/measure.json).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Model))
            throw new PsrException("--model DIR is required");
        var options = new MeasureOptions
        {
            Preset = settings.Preset, Problems = settings.Count, StepProblems = settings.StepProblems,
            JudgePairs = settings.JudgePairs, Seed = settings.Seed, BatchSize = 256, SearchProblems = settings.SearchCount, SelfSearch = !settings.NoSearch,
            OracleSearch = !settings.NoSearch && !settings.NoOracleSearch,
            Search = new SearchConfig
            {
                Width = settings.Width, Temperature = settings.Temperature, MaxStepTokens = 48,
                SelfJudgedFilter = !settings.NoSelfFilter, JudgeOrders = settings.OneOrder ? JudgeOrders.OneOrder : JudgeOrders.BothOrders,
                // Large batches: on a shared CPU, per-step overhead, not FLOPs, dominates a 0.9 M-parameter model.
                ActiveQuestions = 256, PolicyBatchSize = 256, JudgeBatchSize = 1024,
            },
        };
        var output = settings.Out ?? Path.Combine(settings.Model, "measure.json");
        new WorldMeasurement(options, line => Console.WriteLine(line)).RunAsync(settings.Model, output, cancellationToken).GetAwaiter().GetResult();
        Console.WriteLine($"report: {output}");
        return 0;
    }
}

using System.ComponentModel;
using Psr.Extensions.External.Exports;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>
/// <c>psr export RUN_DIR|PAIRS.jsonl --format trl|trl-conversational|llamafactory|step-dpo --out DIR</c>: the run's
/// step-wise preference pairs (and chosen steps as SFT data) in a Python trainer's layout (docs/exports.md).
/// </summary>
public sealed class ExportCommand : Command<ExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RUN>")]
        [Description("A run folder (every stages/*/pairs.jsonl) or one pairs .jsonl file.")]
        public string Run { get; init; } = "";

        [CommandOption("--format <FORMAT>")]
        [Description("trl, trl-conversational, llamafactory or step-dpo.")]
        public string Format { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Folder to write into (files are replaced atomically).")]
        public string Out { get; init; } = "";

        [CommandOption("--prompt-style <STYLE>")]
        [Description("lines (the tiny world model's format) or paper (Figure 4 + \"Step n:\"); default lines.")]
        [DefaultValue("lines")]
        public string PromptStyle { get; init; } = "lines";

        [CommandOption("--name <NAME>")]
        [Description("Dataset name (LLaMA-Factory file names and dataset_info keys; Step-DPO's dataset field).")]
        [DefaultValue("psr_step_pairs")]
        public string Name { get; init; } = "psr_step_pairs";

        public override ValidationResult Validate()
        {
            if (ParseFormat(Format) is null)
                return ValidationResult.Error($"--format must be trl, trl-conversational, llamafactory or step-dpo, got '{Format}'");
            if (string.IsNullOrWhiteSpace(Out))
                return ValidationResult.Error("--out DIR is required");
            if (PromptStyle is not ("lines" or "paper"))
                return ValidationResult.Error($"--prompt-style must be lines or paper, got '{PromptStyle}'");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pairs = RunPairs.Load(settings.Run);
        var style = settings.PromptStyle == "paper" ? PromptStyle.Paper : PromptStyle.Lines;
        var summary = new PairExporter(style, settings.Name).Export(pairs, ParseFormat(settings.Format)!.Value, settings.Out);
        Console.Error.WriteLine($"psr export: {summary.Pairs} pairs → {string.Join(", ", summary.Files)}");
        return 0;
    }

    private static ExportFormat? ParseFormat(string format) => format switch
    {
        "trl" => ExportFormat.Trl,
        "trl-conversational" => ExportFormat.TrlConversational,
        "llamafactory" => ExportFormat.LlamaFactory,
        "step-dpo" => ExportFormat.StepDpo,
        _ => null,
    };
}

using System.ComponentModel;
using Psr.Core.IO;
using Psr.Eval.Evaluation;
using Psr.Eval.Extraction;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr grade FILE</c>: grade JSONL lines of reference + prediction/output; results to stdout, summary to stderr.</summary>
public sealed class GradeCommand : Command<GradeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("JSONL input with 'reference' and 'prediction' or 'output' per line; '-' reads stdin.")]
        public string File { get; init; } = "-";

        [CommandOption("--skip-invalid")]
        [Description("Report malformed lines on stderr and skip them instead of failing.")]
        public bool SkipInvalid { get; init; }

        [CommandOption("--last-number")]
        [Description("For 'output' lines without an answer marker, take the last number (GSM8K-style).")]
        public bool LastNumber { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new GradeRunOptions
        {
            SkipInvalid = settings.SkipInvalid,
            Extract = new ExtractOptions { Fallback = settings.LastNumber ? ExtractFallback.LastNumber : ExtractFallback.None },
        };
        var file = settings.File == PsrApp.StdinArgument ? "-" : settings.File;
        using var input = Jsonl.OpenReader(file);
        new GradeRunner(options).Run(input, file == "-" ? "stdin" : file, Console.Out, Console.Error);
        return 0;
    }
}

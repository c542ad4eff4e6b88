using System.ComponentModel;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>
/// <c>psr run</c>: the main job. Resolves and validates the configuration (every problem reported before any work),
/// saves it in the run directory, runs or resumes every stage with progress bars, and ends with the summary table.
/// </summary>
public sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--preset <NAME>")]
        [Description("Built-in preset: default or smoke (default: the config file's preset, else default).")]
        public string? Preset { get; init; }

        [CommandOption("--config <FILE>")]
        [Description("JSON configuration merged over the preset (objects merge, lists replace).")]
        public string? Config { get; init; }

        [CommandOption("--set <KEY=VALUE>")]
        [Description("Override one value, e.g. --set search.width=4 --set rounds[0].questions=100 (repeatable).")]
        public string[] Set { get; init; } = [];

        [CommandOption("--out <DIR>")]
        [Description("Run directory (default: a new folder under runs/).")]
        public string? Out { get; init; }

        [CommandOption("--resume <DIR>")]
        [Description("Resume the run in DIR with its saved configuration.")]
        public string? Resume { get; init; }

        public override ValidationResult Validate()
        {
            if (Resume is not null && (Preset is not null || Config is not null || Set.Length > 0 || Out is not null))
                return ValidationResult.Error("--resume uses the run's saved configuration; it cannot be combined with --preset, --config, --set or --out");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RunConfig config;
        RunDirectory run;
        if (settings.Resume is not null)
        {
            (run, config) = RunDirectory.Open(settings.Resume);
            SelfRewardingLoop.RequireSupported(config);
        }
        else
        {
            config = RunConfigLoader.Load(settings.Preset, settings.Config, settings.Set);
            SelfRewardingLoop.RequireSupported(config);
            run = RunDirectory.Create(settings.Out ?? RunDirectory.NewPath("runs", DateTimeOffset.UtcNow, config.Preset), config);
        }
        AnsiConsole.MarkupLineInterpolated($"psr run: preset [bold]{config.Preset}[/], configuration {RunConfigFile.Hash(config)[..12]}, run directory {run.Root}");
        AnsiConsole.WriteLine("Stages: IFT -> EFT -> M1 (SFT) -> evaluate, then [search -> step-DPO -> evaluate] for " +
            string.Join(", ", config.Rounds.Select(r => $"{r.Name} ({r.Questions} questions)")));
        var summary = await RunProgressView.RunAsync(config, run, cancellationToken).ConfigureAwait(false);
        SummaryTable.Print(summary, run);
        AnsiConsole.WriteLine($"Summary: {Path.Combine(run.Root, RunSummary.MarkdownFile)}");
        ReportCommand.Print(ReportWriter.Write(run.Root));
        return 0;
    }
}

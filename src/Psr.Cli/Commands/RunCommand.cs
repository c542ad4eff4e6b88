using System.ComponentModel;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>
/// <c>psr run</c>: the main job. Resolves and validates the configuration (every problem reported before any work);
/// the stages are wired in once the model engine lands, so for now it prints the resolved plan and writes nothing.
/// </summary>
public sealed class RunCommand : Command<RunCommand.Settings>
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

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RunConfig config;
        string folder;
        if (settings.Resume is not null)
        {
            (var run, config) = RunDirectory.Open(settings.Resume);
            folder = run.Root;
        }
        else
        {
            config = RunConfigLoader.Load(settings.Preset, settings.Config, settings.Set);
            folder = settings.Out ?? RunDirectory.NewPath("runs", DateTimeOffset.UtcNow, config.Preset);
        }
        AnsiConsole.MarkupLineInterpolated($"psr run: preset [bold]{config.Preset}[/], configuration {RunConfigFile.Hash(config)[..12]}, run directory {folder}");
        AnsiConsole.WriteLine("Stages: IFT -> EFT -> M1 (SFT) -> [search -> step-DPO -> evaluate] for " +
            string.Join(", ", config.Rounds.Select(r => $"{r.Name} ({r.Questions} questions)")));
        AnsiConsole.WriteLine("The loop is not wired to the model engine yet: nothing was written.");
        return 0;
    }
}

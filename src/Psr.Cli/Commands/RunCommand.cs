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
        [Description("Built-in preset: default, quick, smoke, paper, plateau, verified or strong-judge (default: the config file's preset, else default).")]
        public string? Preset { get; init; }

        [CommandOption("--config <FILE>")]
        [Description("JSON configuration merged over the preset (objects merge, lists replace).")]
        public string? Config { get; init; }

        [CommandOption("--set <KEY=VALUE>")]
        // Help descriptions are Spectre markup: a literal bracket is written doubled.
        [Description("Override one value, e.g. --set search.width=4 --set rounds[[0]].questions=100 (repeatable).")]
        public string[] Set { get; init; } = [];

        [CommandOption("--methods <LIST>")]
        [Description("Run several methods side by side, e.g. process,outcome (same as --set experiment.methods=[[...]]); each gets its own sub-run.")]
        public string? Methods { get; init; }

        [CommandOption("--seeds <LIST>")]
        [Description("Run every method once per seed, e.g. 1,2,3 (same as --set experiment.seeds=[[...]]); the report shows mean and spread.")]
        public string? Seeds { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Run directory (default: a new folder under runs/).")]
        public string? Out { get; init; }

        [CommandOption("--resume <DIR>")]
        [Description("Resume the run in DIR with its saved configuration.")]
        public string? Resume { get; init; }

        public override ValidationResult Validate()
        {
            if (Resume is not null && (Preset is not null || Config is not null || Set.Length > 0 || Out is not null || Methods is not null || Seeds is not null))
                return ValidationResult.Error("--resume uses the run's saved configuration; it cannot be combined with --preset, --config, --set, --methods, --seeds or --out");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RunConfig config;
        string root;
        if (settings.Resume is not null)
        {
            (_, config) = RunDirectory.Open(settings.Resume); // fails with one line when the folder holds no run
            root = settings.Resume;
        }
        else
        {
            config = RunConfigLoader.Load(settings.Preset, settings.Config, [.. settings.Set, .. ExperimentRun.Overrides(settings.Methods, settings.Seeds)]);
            config = config with { Model = config.Model.ForThisHost() }; // saved resolved: a resume elsewhere keeps the arithmetic
            root = settings.Out ?? RunDirectory.NewPath("runs", DateTimeOffset.UtcNow, config.Preset);
        }
        RequireSupported(config);
        // Held until this command returns (the OS drops it if the process dies): a second run or resume fails at once.
        using var runLock = RunLock.Acquire(root);
        var run = settings.Resume is not null ? RunDirectory.Open(root).Run : RunDirectory.Create(root, config);
        if (config.Experiment.IsMulti)
        {
            await ExperimentRun.RunAsync(config, run, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        AnsiConsole.MarkupLineInterpolated($"psr run: {config.Experiment.Method} method, preset [bold]{config.Preset}[/], configuration {RunConfigFile.Hash(config)[..12]}, run directory {run.Root}");
        AnsiConsole.WriteLine(config.Experiment.Method switch
        {
            SelfRewardingMethod.Outcome => "Stages: IFT -> EFT + score EFT -> M1 (SFT) -> evaluate, then [sample+score -> DPO -> evaluate] for " + Rounds(config),
            SelfRewardingMethod.ContinuedSft => "Stages: IFT -> EFT -> M1 (SFT) -> evaluate, then [continued SFT on IFT+EFT -> evaluate] for " + Rounds(config),
            SelfRewardingMethod.OracleJudge => "Stages: IFT -> EFT -> M1 (SFT) -> evaluate, then [search judged by the oracle -> step-DPO -> evaluate] for " + Rounds(config),
            _ => "Stages: IFT -> EFT -> M1 (SFT) -> evaluate, then [search -> step-DPO -> evaluate] for " + Rounds(config),
        });
        var summary = await RunProgressView.RunAsync(config, run, cancellationToken).ConfigureAwait(false);
        SummaryTable.Print(summary, run);
        AnsiConsole.WriteLine($"Summary: {Path.Combine(run.Root, RunSummary.MarkdownFile)}");
        ReportCommand.Print(ReportWriter.Write(run.Root));
        return 0;
    }

    private static void RequireSupported(RunConfig config)
    {
        if (config.Experiment.IsMulti)
            ExperimentRun.RequireSupported(config);
        else
            SelfRewardingLoop.RequireSupported(config);
    }

    private static string Rounds(RunConfig config) => string.Join(", ", config.Rounds.Select(r => $"{r.Name} ({r.Questions} questions)"));
}

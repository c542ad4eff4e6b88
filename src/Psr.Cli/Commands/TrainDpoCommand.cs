using System.ComponentModel;
using System.Globalization;
using Psr.Extensions.External.Exports;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;
using Psr.Training.Dpo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>
/// <c>psr train-dpo --data DIR|preference.jsonl --base MODEL_DIR --out MODEL_DIR [--config RUN/config.json] [--seed N]</c>:
/// psr's step-DPO on TRL standard preference rows, from a psr checkpoint folder to a new one. With the run's
/// configuration and the round's seed it trains exactly what <c>psr run</c>'s own step-DPO stage would, so it can stand
/// in for an external trainer (<c>backends.trainer.command</c>).
/// </summary>
public sealed class TrainDpoCommand : Command<TrainDpoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <PATH>")]
        [Description("TRL preference rows: a preference.jsonl file or the folder holding it.")]
        public string Data { get; init; } = "";

        [CommandOption("--base <DIR>")]
        [Description("The model to train (psr checkpoint folder).")]
        public string Base { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Where to write the trained checkpoint.")]
        public string Out { get; init; } = "";

        [CommandOption("--config <FILE>")]
        [Description("A run configuration whose dpo section and model.threads to use (default: the built-in defaults).")]
        public string? Config { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Training seed (default 0).")]
        [DefaultValue(0L)]
        public long Seed { get; init; }

        public override ValidationResult Validate() =>
            Data.Length == 0 || Base.Length == 0 || Out.Length == 0
                ? ValidationResult.Error("--data, --base and --out are required")
                : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = settings.Config is null ? null : RunConfigFile.Load(settings.Config);
        var dpo = run?.Dpo ?? new StepDpoConfig();
        if (run?.Model.Threads > 0)
            TorchSharp.torch.set_num_threads(run.Model.Threads); // the same reduction order as the run's own step-DPO
        var examples = TrlPreferenceReader.Read(settings.Data);
        var (model, tokenizer) = ModelFolder.Load(settings.Base);
        using (model)
        {
            if (examples.Count > 0)
            {
                var result = new StepDpoTrainer(model, tokenizer, dpo with { Seed = settings.Seed })
                    .Train(examples, null, cancellationToken);
                AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"psr train-dpo: {examples.Count} pairs, {result.TruncatedPairs} truncated"));
            }
            ModelFolder.Save(model, tokenizer, settings.Out);
        }
        AnsiConsole.WriteLine($"psr train-dpo: wrote {Path.GetFullPath(settings.Out)}");
        return 0;
    }
}

using System.ComponentModel;
using Psr.Core.Errors;
using Psr.World.Presets;
using Psr.World.Problems;
using Psr.World.Splits;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr world generate</c>: writes one split of a preset's problems as benchmark JSONL.</summary>
public sealed class WorldGenerateCommand : Command<WorldGenerateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--preset <NAME>")]
        [Description("World preset (default: default).")]
        [DefaultValue("default")]
        public string Preset { get; init; } = "default";

        [CommandOption("--split <SPLIT>")]
        [Description("train, dev or test (default: test).")]
        [DefaultValue("test")]
        public string Split { get; init; } = "test";

        [CommandOption("-n|--count <N>")]
        [Description("Number of problems (default: 1000).")]
        [DefaultValue(1000)]
        public int Count { get; init; } = 1000;

        [CommandOption("--seed <S>")]
        [Description("Random seed (default: 1).")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("--out <FILE>")]
        [Description("Output JSONL file (fields id, question, answer, solution).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Out))
            throw new PsrException("--out FILE is required");
        if (!Enum.TryParse<WorldSplit>(settings.Split, ignoreCase: true, out var split))
            throw new PsrException($"--split '{settings.Split}' must be train, dev or test");
        var preset = WorldPresets.Get(settings.Preset);
        preset.Validate();
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(split, settings.Count, settings.Seed, preset.Name);
        ProblemJsonl.Write(settings.Out, problems);
        Console.WriteLine($"wrote {problems.Count} {split.ToString().ToLowerInvariant()} problems of preset {preset.Name} to {settings.Out}");
        return 0;
    }
}

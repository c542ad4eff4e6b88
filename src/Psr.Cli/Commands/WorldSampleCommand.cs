using System.ComponentModel;
using Psr.World.Presets;
using Psr.World.Samples;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr world sample</c>: prints problems with gold steps, a wrong step and the judge's target.</summary>
public sealed class WorldSampleCommand : Command<WorldSampleCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--preset <NAME>")]
        [Description("World preset: smoke, single, default, inverse, hard (default: default).")]
        [DefaultValue("default")]
        public string Preset { get; init; } = "default";

        [CommandOption("-n|--count <N>")]
        [Description("Number of problems (default: 5).")]
        [DefaultValue(5)]
        public int Count { get; init; } = 5;

        [CommandOption("--seed <S>")]
        [Description("Random seed (default: 1).")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        WorldSampleWriter.Write(Console.Out, WorldPresets.Get(settings.Preset), settings.Count, settings.Seed);
        return 0;
    }
}

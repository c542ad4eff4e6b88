using System.ComponentModel;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr run</c>: the main job. Until the loop lands it prints the stages it will run.</summary>
public sealed class RunCommand : Command<RunCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--preset <NAME>")]
        [Description("Built-in world preset (default: default).")]
        [DefaultValue("default")]
        public string Preset { get; init; } = "default";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"psr run (preset {settings.Preset}): the self-rewarding loop is not implemented yet.");
        Console.WriteLine("Stages it will run: IFT -> EFT -> M1 (SFT) -> [search -> step-DPO -> evaluate] x 3.");
        return 0;
    }
}

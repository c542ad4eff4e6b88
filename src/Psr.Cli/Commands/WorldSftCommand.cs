using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr world sft</c>: trains M1 on IFT + EFT (optionally from M0, with wrong steps sampled from a weak model).</summary>
public sealed class WorldSftCommand : Command<WorldTrainSettings>
{
    public override int Execute(CommandContext context, WorldTrainSettings settings, CancellationToken cancellationToken) =>
        WorldTraining.Run(settings, pretrain: false, cancellationToken);
}

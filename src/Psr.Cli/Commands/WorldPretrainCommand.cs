using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr world pretrain</c>: trains the base model M0 from scratch on gold solutions (IFT only).</summary>
public sealed class WorldPretrainCommand : Command<WorldTrainSettings>
{
    public override int Execute(CommandContext context, WorldTrainSettings settings, CancellationToken cancellationToken) =>
        WorldTraining.Run(settings, pretrain: true, cancellationToken);
}

namespace Psr.World.Corruption;

/// <summary>A wrong step and the rule that made it.</summary>
public sealed record CorruptedStep(string Text, CorruptionRule Rule);

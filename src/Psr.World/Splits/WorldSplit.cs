namespace Psr.World.Splits;

/// <summary>A disjoint part of the world's question space.</summary>
public enum WorldSplit
{
    Train,
    Dev,
    Test,
}

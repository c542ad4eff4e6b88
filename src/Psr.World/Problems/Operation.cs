namespace Psr.World.Problems;

/// <summary>The four arithmetic operations of the built-in world; <see cref="None"/> marks a leaf.</summary>
public enum Operation : byte
{
    None = 0,
    Add,
    Subtract,
    Multiply,
    Divide,
}

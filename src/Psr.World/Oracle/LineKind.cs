namespace Psr.World.Oracle;

/// <summary>What a solution line says.</summary>
public enum LineKind
{
    /// <summary>Not a line of the world's format.</summary>
    Bad,

    /// <summary><c>[Step n: ]a op b=c</c>.</summary>
    Operation,

    /// <summary><c>[Step n: ]The answer is \boxed{n}</c>.</summary>
    Answer,
}

namespace Psr.Protocol.OpenAI;

/// <summary>The wire values of <c>finish_reason</c>.</summary>
public static class FinishReasons
{
    /// <summary>EOS or a stop string.</summary>
    public const string Stop = "stop";

    /// <summary>The token limit cut the choice: a truncation.</summary>
    public const string Length = "length";
}

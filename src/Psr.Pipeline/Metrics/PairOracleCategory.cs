namespace Psr.Pipeline.Metrics;

/// <summary>The oracle's view of one chosen/rejected pair.</summary>
public enum PairOracleCategory
{
    /// <summary>Chosen right, rejected wrong: the pair teaches the right thing.</summary>
    Clean,

    /// <summary>Chosen wrong, rejected right: the pair points the wrong way.</summary>
    Reversed,

    /// <summary>Both wrong.</summary>
    BothWrong,

    /// <summary>Both right.</summary>
    BothRight,

    /// <summary>Some previous step is already wrong, so neither step can be right on this path.</summary>
    AfterWrongPrefix,

    /// <summary>The oracle cannot label one of the steps.</summary>
    Unknown,
}

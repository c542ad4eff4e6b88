namespace Psr.Pipeline.Metrics;

/// <summary>Counts of pairs per oracle category, for one round's pairs.</summary>
public sealed record PairOracleBreakdown
{
    /// <summary>Chosen right, rejected wrong.</summary>
    public int Clean { get; init; }

    /// <summary>Chosen wrong, rejected right.</summary>
    public int Reversed { get; init; }

    /// <summary>Both wrong.</summary>
    public int BothWrong { get; init; }

    /// <summary>Both right.</summary>
    public int BothRight { get; init; }

    /// <summary>Made after the path had already gone wrong.</summary>
    public int AfterWrongPrefix { get; init; }

    /// <summary>The oracle could not tell.</summary>
    public int Unknown { get; init; }

    /// <summary>All pairs.</summary>
    public int Total => Clean + Reversed + BothWrong + BothRight + AfterWrongPrefix + Unknown;

    /// <summary>Clean / (clean + reversed): how often the judge points the right way when exactly one step is right; null when none.</summary>
    public double? AgreementWhenDecidable => Clean + Reversed == 0 ? null : (double)Clean / (Clean + Reversed);

    /// <summary>Counts the categories.</summary>
    public static PairOracleBreakdown From(IEnumerable<PairOracleCategory> categories)
    {
        var list = categories.ToList();
        return new PairOracleBreakdown
        {
            Clean = list.Count(c => c == PairOracleCategory.Clean),
            Reversed = list.Count(c => c == PairOracleCategory.Reversed),
            BothWrong = list.Count(c => c == PairOracleCategory.BothWrong),
            BothRight = list.Count(c => c == PairOracleCategory.BothRight),
            AfterWrongPrefix = list.Count(c => c == PairOracleCategory.AfterWrongPrefix),
            Unknown = list.Count(c => c == PairOracleCategory.Unknown),
        };
    }
}

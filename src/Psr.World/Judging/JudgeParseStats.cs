namespace Psr.World.Judging;

/// <summary>Counts judge outputs by outcome, so unparseable outputs are reported, not hidden. Not thread-safe.</summary>
public sealed class JudgeParseStats
{
    private readonly int[] _byVerdict = new int[Enum.GetValues<PairVerdict>().Length];

    /// <summary>Outputs counted.</summary>
    public int Total { get; private set; }

    /// <summary>Outputs without a verdict token.</summary>
    public int Unparsed => _byVerdict[(int)PairVerdict.Missing];

    /// <summary>Outputs whose verdict token agrees with their marks.</summary>
    public int Consistent { get; private set; }

    /// <summary>Outputs with <paramref name="verdict"/>.</summary>
    public int Count(PairVerdict verdict) => _byVerdict[(int)verdict];

    /// <summary>Counts <paramref name="parse"/>.</summary>
    public void Add(JudgeParse parse)
    {
        Total++;
        _byVerdict[(int)parse.Verdict]++;
        if (parse.Consistent)
            Consistent++;
    }
}

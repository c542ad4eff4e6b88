using Psr.Roles;
using Psr.Pipeline.Stages;

namespace Psr.Reports;

/// <summary>The judge on the EFT test pairs (<c>judge.jsonl</c>), each pair judged in both orders.</summary>
/// <param name="Calls">Judge calls (two per pair).</param>
/// <param name="Accuracy">Calls whose verdict matches the expected one.</param>
/// <param name="PositionBiasRate">Pairs judged in both orders whose verdict names the same position (A then A, or B then B): the
/// judge followed the slot, not the content.</param>
/// <param name="TieRate">Calls that returned a tie.</param>
/// <param name="UnparsedRate">Calls with no recognisable verdict.</param>
public sealed record JudgeStats(int Calls, double Accuracy, double PositionBiasRate, double TieRate, double UnparsedRate)
{
    /// <summary>The statistics of one evaluation's judge records.</summary>
    public static JudgeStats From(IReadOnlyList<JudgeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var n = Math.Max(1, records.Count);
        var bothOrders = records.GroupBy(r => r.Index)
            .Select(g => (Stored: g.FirstOrDefault(r => !r.Swapped), Swapped: g.FirstOrDefault(r => r.Swapped)))
            .Where(p => p.Stored is not null && p.Swapped is not null)
            .ToList();
        var samePosition = bothOrders.Count(p => p.Stored!.Verdict == p.Swapped!.Verdict && p.Stored.Verdict is JudgeVerdict.A or JudgeVerdict.B);
        return new JudgeStats(records.Count, records.Count(r => r.Correct) / (double)n,
            samePosition / (double)Math.Max(1, bothOrders.Count),
            records.Count(r => r.Verdict == JudgeVerdict.Tie) / (double)n,
            records.Count(r => r.Verdict == JudgeVerdict.Unparsed) / (double)n);
    }
}

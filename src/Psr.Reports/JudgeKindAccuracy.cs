using Psr.Pipeline.Stages;
using Psr.World.Eft;

namespace Psr.Reports;

/// <summary>
/// The judge's accuracy on one kind of EFT test pair (<c>judge.jsonl</c> joined with <c>eft-test.jsonl</c> by index):
/// which wrong step the pair holds (the corruption rule, a model-sampled wrong step), or a right-vs-right tie, or a
/// both-wrong pair. Shows what the judge checks and what it only seems to.
/// </summary>
/// <param name="Kind">The kind's name (<see cref="KindOf"/>).</param>
/// <param name="Pairs">EFT test pairs of this kind.</param>
/// <param name="Calls">Judge calls on them (both orders).</param>
/// <param name="Correct">Calls whose verdict matches the expected one.</param>
/// <param name="Accuracy">Correct / calls.</param>
/// <param name="StoredOrderAccuracy">Accuracy in the stored A/B order.</param>
/// <param name="SwappedOrderAccuracy">Accuracy in the swapped B/A order.</param>
public sealed record JudgeKindAccuracy(string Kind, int Pairs, int Calls, int Correct, double Accuracy, double StoredOrderAccuracy, double SwappedOrderAccuracy)
{
    /// <summary>The kind of a right-vs-right pair (target: tie).</summary>
    public const string RightVsRight = "RightVsRight";

    /// <summary>The kind of a both-wrong pair (target: both wrong).</summary>
    public const string BothWrong = "BothWrong";

    /// <summary>The kind of a pair whose wrong step the base model sampled (mined).</summary>
    public const string SampledWrong = "SampledWrong";

    /// <summary>
    /// The kind of one pair: a right-vs-wrong pair is named by its wrong step's source (a corruption rule such as
    /// <c>WrongOperand</c>, or <see cref="SampledWrong"/>); the two other pair kinds by themselves.
    /// </summary>
    public static string KindOf(EftExample pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return pair.Kind switch
        {
            EftPairKind.RightVsRight => RightVsRight,
            EftPairKind.WrongVsWrong => BothWrong,
            _ when pair.WrongSource == "sampled" => SampledWrong,
            _ when pair.WrongSource.Length == 0 => "Unknown",
            _ => pair.WrongSource,
        };
    }

    /// <summary>
    /// Accuracy per kind, most calls first (ties by name). A record whose index has no pair is an error: the two files
    /// do not belong together.
    /// </summary>
    public static IReadOnlyList<JudgeKindAccuracy> From(IReadOnlyList<JudgeRecord> records, IReadOnlyList<EftExample> pairs, string source = "eft-test.jsonl")
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(pairs);
        var bad = records.FirstOrDefault(r => r.Index < 0 || r.Index >= pairs.Count);
        if (bad is not null)
            throw new Core.Errors.PsrException($"{source}: judge record index {bad.Index} has no EFT test pair (the file has {pairs.Count})");
        return records.GroupBy(r => KindOf(pairs[r.Index]))
            .Select(g => Of(g.Key, g.ToList()))
            .OrderByDescending(k => k.Calls).ThenBy(k => k.Kind, StringComparer.Ordinal)
            .ToList();
    }

    private static JudgeKindAccuracy Of(string kind, List<JudgeRecord> calls)
    {
        var stored = calls.Where(r => !r.Swapped).ToList();
        var swapped = calls.Where(r => r.Swapped).ToList();
        return new JudgeKindAccuracy(kind, calls.Select(r => r.Index).Distinct().Count(), calls.Count, calls.Count(r => r.Correct),
            Rate(calls), Rate(stored), Rate(swapped));
    }

    private static double Rate(List<JudgeRecord> calls) => calls.Count(r => r.Correct) / (double)Math.Max(1, calls.Count);
}

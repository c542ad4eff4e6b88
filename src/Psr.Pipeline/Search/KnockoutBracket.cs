namespace Psr.Pipeline.Search;

/// <summary>
/// The knockout schedule (<see cref="Config.JudgeSchedule.Knockout"/>) as a replay: given the results known so far it
/// walks both brackets from the start and returns the matches that can be played next. The winners' bracket pairs the
/// players in order (0 v 1, 2 v 3, …; an odd one out gets a bye) and advances the winners to the best; the losers'
/// bracket does the same with the first-round losers and advances the losers to the worst. Both brackets need only
/// first-round results, so their later rounds run in the same judge batches. Pure: no state between calls.
/// </summary>
internal static class KnockoutBracket
{
    /// <summary>
    /// Replays the brackets over <paramref name="groups"/> players; <paramref name="result"/> gives a match's result, or
    /// null when it is not known yet. Pending lists the matches (lower group first) whose results are needed now.
    /// </summary>
    public static (List<(int A, int B)> Pending, int? Best, int? Worst, bool AnyDecisive) Replay(int groups, Func<int, int, MatchResult?> result)
    {
        var pending = new List<(int A, int B)>();
        var decisive = false;
        var (best, firstLosers) = Play(Enumerable.Range(0, groups).ToList(), result, advanceWinner: true, pending, ref decisive);
        int? worst = null;
        if (firstLosers is { } losers)
        {
            // Two players: the only loser is the worst. Otherwise the first-round losers play their own bracket.
            (worst, _) = losers.Count == 1 ? (losers[0], null) : Play(losers, result, advanceWinner: false, pending, ref decisive);
        }
        return (pending, pending.Count == 0 ? best : null, pending.Count == 0 ? worst : null, decisive);
    }

    /// <summary>Plays a bracket as far as known results allow; returns its last player and the first round's losers.</summary>
    private static (int? Last, List<int>? FirstRoundLosers) Play(List<int> players, Func<int, int, MatchResult?> result, bool advanceWinner,
        List<(int A, int B)> pending, ref bool decisive)
    {
        List<int>? firstLosers = null;
        while (players.Count > 1)
        {
            var next = new List<int>();
            var losers = new List<int>();
            var complete = true;
            for (var k = 0; k < players.Count; k += 2)
            {
                if (k + 1 == players.Count)
                {
                    next.Add(players[k]); // bye
                    continue;
                }
                var (a, b) = (Math.Min(players[k], players[k + 1]), Math.Max(players[k], players[k + 1]));
                if (result(a, b) is not { } r)
                {
                    pending.Add((a, b));
                    complete = false;
                    continue;
                }
                decisive |= r.Decisive;
                next.Add(advanceWinner ? r.Winner : r.Loser);
                losers.Add(r.Loser);
            }
            if (!complete)
                return (null, firstLosers);
            firstLosers ??= losers;
            players = next;
        }
        return (players.Count == 1 ? players[0] : null, firstLosers ?? []);
    }
}

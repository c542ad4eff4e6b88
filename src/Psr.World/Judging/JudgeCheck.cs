namespace Psr.World.Judging;

/// <summary>What the judge writes before its per-candidate check lines (docs/world.md §3).</summary>
public enum JudgeCheck
{
    /// <summary>Only the per-candidate check lines (the arithmetic route), then the verdict.</summary>
    Arithmetic,

    /// <summary>
    /// First a state line, <c>Now: 3*36-18*2; ready: 3*36 18*2</c> (the current expression with the previous steps'
    /// results substituted, and the operations that may be done now), then the check lines. Whether a candidate's
    /// operands and operation are the next ones becomes a match against a line the judge itself just wrote, instead of
    /// the look-up through question and previous steps the policy makes.
    /// </summary>
    StateFirst,

    /// <summary>
    /// Each operation line is first matched against the ready operation it should be, written out by the judge and
    /// compared character by character from the right like a result (<c>16/2 vs 14/2: 2=2 /=/ 6!4 wrong</c>;
    /// <c>14/2 vs 14/2: 2=2 /=/ 4=4 1=1; 7*2: ...</c>), then checked as in <see cref="Arithmetic"/>. Why: with a correct
    /// state line the judge still did not compare a candidate with it; written out, a wrong operand is one mismatched
    /// character, the check that already works for results. Measured (docs/world.md §9 attempt 25): the judge at M1
    /// 82–83 % against 75.7 %, M1's greedy accuracy 4 points lower; not the default.
    /// </summary>
    Matched,

    /// <summary>The state line of <see cref="StateFirst"/>, then the check lines of <see cref="Matched"/>.</summary>
    StateMatched,

    /// <summary>
    /// The check lines of <see cref="Matched"/> with the ready operation written before the candidate's
    /// (<c>14/2 vs 16/2: 2=2 /=/ 4!6 wrong</c>). Why: the Matched judge's outputs often copy the candidate's own operation
    /// after <c>vs</c> (docs/world.md §9 attempt 25), and a line that starts with the ready operation must be read off
    /// the position before the candidate's text can be copied. Measured (docs/world.md §9 attempt 26 (c)): 82.7 % at M1,
    /// +2.0 [−0.2, +4.3] over Matched on the same host but not on wrong operands or operations (the judge then writes
    /// the candidate's operation as the ready one); not the default.
    /// </summary>
    ReadyFirst,

    /// <summary>
    /// Reference-guided (Zheng et al. 2023, "Judging LLM-as-a-judge", reference-guided grading: the judge first answers
    /// on its own, then grades against its answer): the prompt carries, on an <c>Own:</c> line after the previous
    /// steps, the operation the model itself writes next from the policy's prompt, before it has seen the candidates
    /// (<c>Own: 9*4</c>, <c>Own: answer</c>); each operation line then starts with the ready operation as in
    /// <see cref="ReadyFirst"/>, which is the candidate's own when it is ready and otherwise the leftmost ready one (the
    /// one the policy learned to write). Why: the same M1 that judged wrong operands 49 % right wrote a ready operation
    /// as its own next step at every one of those positions (docs/world.md §9 attempt 27 (a)): the look-up works where
    /// the candidates are not in view. Seed examples carry the gold next operation; the in-process judge generates its
    /// own greedily, once per position (<c>GeneratorStepJudge</c>). Measured (attempt 27 (b)–(c), one seed): the judge at
    /// M1 85.3 % against 79.1 % (wrong operands 49 → 86 %), kept through three rounds (84.6 %), but M1's greedy accuracy
    /// 4.35 points lower and the search's self-verified paths less often right; not the default.
    /// </summary>
    OwnStep,

    /// <summary>
    /// The <c>Own:</c> line of <see cref="OwnStep"/>, with each operation's route first and its comparison with the ready
    /// operation last (<c>A: 38*2: 8*2=16,3*2+1=7;76 vs 76: 6=6 7=7; 78/2 vs 76/2: 2=2 /=/ 8!6 wrong</c>), so the
    /// arithmetic check starts each line as in <see cref="Arithmetic"/>. Why: the own-step judges verified the policy's own
    /// slips in the search far worse than the default's (a wrong carry fact 26–30 % of the time against 4 %, second-digit
    /// differences called equal 40–47 % against 4–7 %; docs/world.md §9 attempt 29 (d)), and their routes were the only
    /// ones written after an operation comparison. Measured (attempt 32 (d), one seed): 81.7 % at M1 against
    /// OwnStep's 85.0 %, wrong operands 63 % against 81 %; not the default.
    /// </summary>
    OwnStepLast,
}

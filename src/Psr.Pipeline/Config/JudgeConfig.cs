using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Pipeline.Runs;
using Psr.Roles.Prompts;
using Psr.World.Judging;

namespace Psr.Pipeline.Config;

/// <summary>How the model judges a pair of candidate steps.</summary>
public sealed record JudgeConfig
{
    /// <summary>Prompt template. Default <see cref="JudgeTemplate.Compact"/> (the tiny model's).</summary>
    public JudgeTemplate Template { get; init; } = JudgeTemplate.Compact;

    /// <summary>Decoding temperature for the explanation and verdict; 0 = greedy (the notes' recommendation). Default 0.</summary>
    public double Temperature { get; init; }

    /// <summary>Token cap for the judge's output. Default 1024.</summary>
    public int MaxNewTokens { get; init; } = 1024;

    /// <summary>
    /// What the built-in world's judge targets (the EFT stage's examples) write before the per-candidate checks:
    /// Arithmetic (only the checks) or StateFirst (first <c>Now: 3*36-18*2; ready: 3*36 18*2</c>, the current expression
    /// and the operations that may be done now, so that a wrong operand or operation is caught against a line the judge
    /// wrote itself), Matched (each operation first compared character by character with the ready operation it should
    /// be: <c>16/2 vs 14/2: 2=2 /=/ 6!4 wrong</c>), StateMatched (both) or ReadyFirst (Matched with the ready operation
    /// written first: <c>14/2 vs 16/2: 2=2 /=/ 4!6 wrong</c>) or OwnStep (ReadyFirst's lines, and the prompt carries the
    /// operation the model itself writes next, on an <c>Own: 9*4</c> line, written before it sees the candidates;
    /// in-process judges only) or OwnStepLast (OwnStep's prompt; each route first, as Arithmetic writes it, and the
    /// operation compared after it: <c>...;76 vs 76: 6=6 7=7; 78/2 vs 76/2: 2=2 /=/ 8!6 wrong</c>). Default Arithmetic.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public JudgeCheck Check { get; init; } = JudgeCheck.Arithmetic;

    /// <summary>
    /// How the check lines' digit-by-digit columns add a carry: Inline (<c>4*6+4=28</c>, <c>2+9+1=12</c>) or Split (the
    /// column's own product or sum first, then the carry: <c>4*6=24+4=28</c>, <c>2+9=11+1=12</c>; every fact two
    /// terms, docs/world.md §3); the step judge's seed targets and the outcome baseline's scoring targets alike.
    /// Default Inline.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public ColumnCarry Carry { get; init; } = ColumnCarry.Inline;

    /// <summary>
    /// Which end the check lines' comparisons (a computed result with the claimed one, a ready operation with the
    /// candidate's) start from: FromRight (right-aligned: <c>116 vs 106: 6=6 1!0</c>) or FromLeft (<c>116 vs 106: 1=1
    /// 1!0</c>; a shorter string runs out: <c>19 vs 190: 1=1 9=9 _!0</c>; docs/world.md §9 attempt 34); the step judge's
    /// seed targets and the outcome baseline's scoring targets alike. Default FromRight.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public DigitOrder DigitOrder { get; init; } = DigitOrder.FromRight;

    /// <summary>
    /// When a numbered step's check line checks its number: OnMismatch (only a wrong one: <c>step 3!2 wrong</c>) or
    /// Always (first, every time: <c>step 2=2; 9*34 vs 9*34: ...</c>; docs/world.md §9 attempt 35); the step judge's
    /// seed targets and the outcome baseline's scoring targets alike. Default OnMismatch.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public StepNumberCheck StepNumbers { get; init; } = StepNumberCheck.OnMismatch;

    /// <summary>
    /// With <c>judge.check = OwnStep</c>, what a candidate's operation is compared with when it is ready but not written as
    /// the own line's: Itself (<c>3+6 vs 3+6: ...</c>) or OwnThenSwap (the own line's operation first, then it swapped
    /// where the operation is commutative, then <c>ready</c> for another ready operation: <c>6+3 vs 3+6: 6!3 swap 3+6 vs
    /// 3+6: 3=3 +=+ 6=6; ...</c>, <c>6+3 vs 7+6: 6!7 swap 3+6 vs 7+6: 3!7 wrong</c>; docs/world.md §9 attempt 36).
    /// Default Itself.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public ReadyCompare ReadyCompare { get; init; } = ReadyCompare.Itself;

    /// <summary>How the seed targets' check lines are written: <see cref="Check"/>, <see cref="Carry"/>, <see cref="DigitOrder"/>, <see cref="StepNumbers"/> and <see cref="ReadyCompare"/>.</summary>
    public CheckStyle TargetStyle() => new(Check, Carry, DigitOrder, StepNumbers, ReadyCompare);

    /// <summary>
    /// <paramref name="hash"/> extended by the seed targets' column carry, digit order, step-number check and ready comparison where they are not the
    /// defaults, so a default run's seed stages keep the hashes earlier runs wrote.
    /// </summary>
    public string WithTargetStyle(string hash)
    {
        hash = Carry == ColumnCarry.Inline ? hash : ArtifactJson.HashOf(new { hash, Carry });
        hash = DigitOrder == DigitOrder.FromRight ? hash : ArtifactJson.HashOf(new { hash, DigitOrder });
        hash = StepNumbers == StepNumberCheck.OnMismatch ? hash : ArtifactJson.HashOf(new { hash, StepNumbers });
        return ReadyCompare == ReadyCompare.Itself ? hash : ArtifactJson.HashOf(new { hash, ReadyCompare });
    }

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "judge")
    {
        var p = new ConfigProblems(path);
        p.Check(Enum.IsDefined(Template), nameof(Template), Template, "unknown value")
            .Check(Enum.IsDefined(Check), nameof(Check), Check, "must be Arithmetic, StateFirst, Matched, StateMatched, ReadyFirst, OwnStep or OwnStepLast")
            .Check(Enum.IsDefined(Carry), nameof(Carry), Carry, "must be Inline or Split")
            .Check(Enum.IsDefined(DigitOrder), nameof(DigitOrder), DigitOrder, "must be FromRight or FromLeft")
            .Check(Enum.IsDefined(StepNumbers), nameof(StepNumbers), StepNumbers, "must be OnMismatch or Always")
            .Check(Enum.IsDefined(ReadyCompare), nameof(ReadyCompare), ReadyCompare, "must be Itself or OwnThenSwap")
            .Check(ReadyCompare == ReadyCompare.Itself || Check == JudgeCheck.OwnStep, nameof(ReadyCompare), ReadyCompare,
                $"OwnThenSwap needs judge.check = OwnStep (it is {Check})")
            .Check(Temperature >= 0 && double.IsFinite(Temperature), nameof(Temperature), Temperature, "must be >= 0")
            .Check(MaxNewTokens > 0, nameof(MaxNewTokens), MaxNewTokens, "must be > 0")
            // The matched checks' longest seed targets are 219 and 248 characters (docs/world.md §3): a smaller cap cuts verdicts off.
            .Check(Check.Match() == OperationMatch.None || MaxNewTokens >= 256, nameof(MaxNewTokens), MaxNewTokens,
                $"must be >= 256 with judge.check = {Check} (its longest targets are up to 248 characters)")
            // The swap's second comparison: the longest seed target 266 characters (docs/world.md §9 attempt 36).
            .Check(ReadyCompare == ReadyCompare.Itself || MaxNewTokens >= 288, nameof(MaxNewTokens), MaxNewTokens,
                "must be >= 288 with judge.readyCompare = OwnThenSwap (its longest targets are up to 266 characters)");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

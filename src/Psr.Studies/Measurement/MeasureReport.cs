using Psr.Eval.Metrics;
using Psr.Pipeline.Metrics;

namespace Psr.Studies.Measurement;

/// <summary>Everything <see cref="WorldMeasurement"/> measured on one model (written as JSON).</summary>
/// <param name="Model">The model folder.</param>
/// <param name="Options">What was measured.</param>
/// <param name="Greedy">Greedy final-answer accuracy with its 95 % bootstrap interval.</param>
/// <param name="StepAccuracy">Greedy next step from every gold prefix, all lines.</param>
/// <param name="OperationStepAccuracy">The same, operation steps only (no answer lines).</param>
/// <param name="JudgeOnCorruptions">The judge on gold vs corruption-rule steps, both orders.</param>
/// <param name="JudgeOnOwnErrors">The judge on gold vs the model's own sampled wrong steps, both orders (null if none).</param>
/// <param name="SelfSearch">Search with the self-judge (null when not run).</param>
/// <param name="OracleSearch">Search with the oracle judge (null when not run).</param>
/// <param name="SelfMinusGreedy">Paired 95 % bootstrap interval of self-search accuracy − greedy accuracy (null when not run).</param>
/// <param name="Seconds">Wall time of each part.</param>
public sealed record MeasureReport(
    string Model,
    MeasureOptions Options,
    Rate Greedy,
    Rate StepAccuracy,
    Rate OperationStepAccuracy,
    JudgeAccuracy JudgeOnCorruptions,
    JudgeAccuracy? JudgeOnOwnErrors,
    SearchOutcome? SelfSearch,
    SearchOutcome? OracleSearch,
    ConfidenceInterval? SelfMinusGreedy,
    IReadOnlyDictionary<string, double> Seconds);

using Psr.Eval.Metrics;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Reports;

/// <summary>
/// The Init learning curve (<c>sft.devEvery</c>): M1's greedy dev accuracy over its SFT steps, from the Init stage's
/// <c>dev-curve.jsonl</c>, and the gain of the last fifth of Init (accuracy at the last step minus at 80 % of the
/// steps): a small gain says M1 is at its plateau.
/// </summary>
/// <param name="Points">The measured points in step order.</param>
/// <param name="Steps">Init's last step.</param>
/// <param name="EightyPercentStep">The step at 80 % of Init.</param>
/// <param name="LastFifthGain">Accuracy at the last step minus at the 80 % step (null when either is missing).</param>
/// <param name="LastFifthInterval">
/// The paired 95 % bootstrap interval of <paramref name="LastFifthGain"/> over the dev problems (null when either point
/// has no per-problem results).
/// </param>
public sealed record InitCurve(IReadOnlyList<DevPoint> Points, int Steps, int EightyPercentStep, double? LastFifthGain,
    ConfidenceInterval? LastFifthInterval = null)
{
    /// <summary>
    /// The step where the learning rate's decay ended and its final value held to the last step (<c>sft.decaySteps</c>),
    /// or null when it decayed to the end.
    /// </summary>
    public int? HoldFrom { get; init; }

    /// <summary>
    /// The measured point at <see cref="EightyPercentStep"/> (the first, if it was logged twice), or null. A method, so
    /// that report.json keeps its shape.
    /// </summary>
    public DevPoint? EightyPercentPoint() => PointAt(Points, EightyPercentStep);

    /// <summary>
    /// The curve of the run's Init stage, or null when it measured none; <paramref name="decaySteps"/> is the run's
    /// <c>sft.decaySteps</c>.
    /// </summary>
    public static InitCurve? Read(RunDirectory run, int? decaySteps = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var path = Path.Combine(run.StageDirectory(InitStage.StageId), InitDevCurve.CurveFile);
        return File.Exists(path) && From(ArtifactJsonl.Read<DevPoint>(path)) is { } curve
            ? curve with { HoldFrom = decaySteps < curve.Steps ? decaySteps : null }
            : null;
    }

    /// <summary>The curve of <paramref name="points"/> (the last point is Init's last step).</summary>
    public static InitCurve? From(IReadOnlyList<DevPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
            return null;
        var ordered = points.OrderBy(p => p.Step).ToList();
        var last = ordered[^1];
        var eighty = InitDevCurve.EightyPercentStep(last.Step);
        var at = PointAt(ordered, eighty);
        if (at is null)
            return new InitCurve(ordered, last.Step, eighty, null);
        var interval = last.PerProblem() is { } l && at.PerProblem() is { } a && l.Count == a.Count ? Bootstrap.DifferenceInterval(l, a) : null;
        return new InitCurve(ordered, last.Step, eighty, last.Accuracy - at.Accuracy, interval);
    }

    private static DevPoint? PointAt(IEnumerable<DevPoint> points, int step) => points.FirstOrDefault(p => p.Step == step);
}

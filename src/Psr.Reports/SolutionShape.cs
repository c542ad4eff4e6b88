using Psr.Pipeline.Stages;

namespace Psr.Reports;

/// <summary>
/// The shape of the greedy solutions (the paper's Tables 4/7/8): steps per solution and characters per step. A step
/// is a non-empty line, as the world's oracle reads solutions.
/// </summary>
/// <param name="Solutions">Greedy solutions.</param>
/// <param name="MeanSteps">Mean steps per solution.</param>
/// <param name="MeanStepChars">Mean characters per step over all steps (0 when there are none).</param>
public sealed record SolutionShape(int Solutions, double MeanSteps, double MeanStepChars)
{
    /// <summary>The shape of one evaluation's greedy solutions.</summary>
    public static SolutionShape From(IReadOnlyList<GreedyRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var steps = records.Select(r => Steps(r.Output)).ToList();
        var all = steps.SelectMany(s => s).ToList();
        return new SolutionShape(records.Count, steps.Sum(s => s.Count) / (double)Math.Max(1, records.Count),
            all.Count == 0 ? 0 : all.Average(s => s.Length));
    }

    /// <summary>The steps of a solution: its non-empty lines, trimmed.</summary>
    public static List<string> Steps(string output) =>
        (output ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

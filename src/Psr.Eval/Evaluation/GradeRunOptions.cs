using Psr.Eval.Extraction;
using Psr.Eval.Grading;

namespace Psr.Eval.Evaluation;

/// <summary>Options of <see cref="GradeRunner"/> (<c>psr grade</c>).</summary>
public sealed record GradeRunOptions
{
    /// <summary>Report malformed lines on the log and skip them instead of failing. Default false (fail on the first).</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Extraction options for lines that give an <c>output</c>. Default <see cref="ExtractOptions.Default"/>.</summary>
    public ExtractOptions Extract { get; init; } = ExtractOptions.Default;

    /// <summary>Grading options. Default <see cref="GradeOptions.Default"/>.</summary>
    public GradeOptions Grade { get; init; } = GradeOptions.Default;
}

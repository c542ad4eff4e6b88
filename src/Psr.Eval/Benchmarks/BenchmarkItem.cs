namespace Psr.Eval.Benchmarks;

/// <summary>One benchmark problem with its gold answer in the benchmark's raw form (the grader normalises it).</summary>
/// <param name="Id">Stable identifier, as predictions files name it (see docs/grading.md for each benchmark).</param>
/// <param name="Question">The problem text.</param>
/// <param name="Answer">The gold answer, raw (e.g. <c>$\frac{9}{4}$</c>, <c>27.0</c>, <c>025</c>).</param>
/// <param name="Solution">A worked reference solution, when the benchmark ships one.</param>
/// <param name="AbsoluteTolerance">A per-item numeric tolerance (OlympiadBench's <c>error</c> field), when given.</param>
public sealed record BenchmarkItem(string Id, string Question, string Answer, string? Solution = null, double? AbsoluteTolerance = null);

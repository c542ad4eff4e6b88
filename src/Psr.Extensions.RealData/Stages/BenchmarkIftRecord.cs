namespace Psr.Extensions.RealData.Stages;

/// <summary>
/// One IFT solution of a benchmark run (<c>stages/00-ift/ift.jsonl</c> when <c>data.source = Benchmark</c>): the
/// gold solution split into steps, each the text after its <c>Step n:</c> header; the last holds <c>\boxed{answer}</c>.
/// </summary>
/// <param name="Id">The benchmark item's id.</param>
/// <param name="Question">The question.</param>
/// <param name="Answer">The gold answer, raw (as the benchmark writes it).</param>
/// <param name="Steps">The steps.</param>
public sealed record BenchmarkIftRecord(string Id, string Question, string Answer, IReadOnlyList<string> Steps);

namespace Psr.Eval.Benchmarks;

/// <summary>The benchmarks shipped in <c>../shared/benchmarks/</c>.</summary>
public enum BenchmarkName
{
    /// <summary><c>gsm8k/test.jsonl</c>: gold = text after <c>####</c>; id = 0-based line index.</summary>
    Gsm8k,
    /// <summary><c>math/test.jsonl</c>: gold = last <c>\boxed{}</c> of <c>solution</c>; id = <c>idx</c>.</summary>
    Math,
    /// <summary><c>math500/test.jsonl</c>: gold = <c>answer</c>; id = <c>unique_id</c>.</summary>
    Math500,
    /// <summary><c>gaokao2023en/test.jsonl</c>: gold = <c>answer</c> (with <c>$</c>); id = 0-based line index.</summary>
    Gaokao2023En,
    /// <summary><c>olympiadbench/test.jsonl</c>: gold = <c>final_answer[0]</c>; id = <c>id</c>.</summary>
    OlympiadBench,
    /// <summary><c>aime24/test.jsonl</c>: gold = <c>answer</c> (string, leading zeros); id = <c>id</c>.</summary>
    Aime24,
    /// <summary><c>amc23/test.jsonl</c>: gold = <c>answer</c> (a JSON float such as 27.0); id = <c>id</c>.</summary>
    Amc23,
}

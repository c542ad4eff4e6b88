using Psr.Core.Errors;
using Psr.Eval.Benchmarks;

namespace Psr.Eval.Tests.Benchmarks;

public sealed class BenchmarkLoaderTests
{
    [Theory]
    [InlineData(BenchmarkName.Gsm8k, 1319, "0", "18")]
    [InlineData(BenchmarkName.Math, 5000, "0", "2")]
    [InlineData(BenchmarkName.Math500, 500, "test/precalculus/807.json", "\\left( 3, \\frac{\\pi}{2} \\right)")]
    [InlineData(BenchmarkName.Gaokao2023En, 385, "0", "$\\{x|-2\\leq x < 1\\}$")]
    [InlineData(BenchmarkName.OlympiadBench, 675, "1606", "2")]
    [InlineData(BenchmarkName.Aime24, 30, "60", "204")]
    [InlineData(BenchmarkName.Amc23, 40, "0", "27.0")]
    public void Each_benchmark_loads_with_its_raw_field_conventions(BenchmarkName name, int count, string firstId, string firstAnswer)
    {
        // Given the shipped benchmark files
        // When a benchmark is loaded
        var items = BenchmarkLoader.Load(name, SharedBenchmarks.Directory);

        // Then it has every record, and the first record's id and raw gold answer follow the documented convention
        Assert.Equal(count, items.Count);
        Assert.Equal((firstId, firstAnswer), (items[0].Id, items[0].Answer));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void OlympiadBench_error_fields_become_item_tolerances()
    {
        // Given OlympiadBench, where one record gives an error tolerance
        var items = BenchmarkLoader.Load(BenchmarkName.OlympiadBench, SharedBenchmarks.Directory);

        // When loaded
        // Then exactly that record carries an absolute tolerance
        Assert.Equal([0.1], items.Where(i => i.AbsoluteTolerance is not null).Select(i => i.AbsoluteTolerance!.Value));
    }

    [Fact]
    public void A_user_jsonl_file_loads_with_named_fields()
    {
        // Given a JSONL file with custom field names, numeric answers and no ids
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"q\": \"1+1?\", \"a\": 2, \"s\": \"1+1=\\\\boxed{2}\"}\n{\"q\": \"half?\", \"a\": [\"\\\\frac12\"]}\n");

        // When loaded with those field names
        var items = JsonlBenchmarkLoader.Load(path, new JsonlFields { Question = "q", Answer = "a", Solution = "s" });

        // Then ids are line indexes and answers are raw text
        Assert.Equal(
            [new BenchmarkItem("0", "1+1?", "2", "1+1=\\boxed{2}"), new BenchmarkItem("1", "half?", "\\frac12")],
            items);
        File.Delete(path);
    }

    [Fact]
    public void A_missing_answer_field_is_an_error_naming_file_line_and_field()
    {
        // Given a JSONL file whose second line lacks the answer field
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"question\": \"a\", \"answer\": \"1\"}\n{\"question\": \"b\"}\n");

        // When loaded
        var error = Assert.Throws<PsrException>(() => JsonlBenchmarkLoader.Load(path, new JsonlFields()));

        // Then the message names the file, the line and the field
        Assert.Equal($"{path}:2: field 'answer' is missing", error.Message);
        File.Delete(path);
    }

    [Fact]
    public void An_unknown_benchmark_name_lists_the_known_ones()
    {
        // Given a misspelt benchmark name
        // When parsed
        var error = Assert.Throws<PsrException>(() => BenchmarkLoader.ParseName("math5000"));

        // Then the message lists the valid names
        Assert.Contains("gsm8k, math, math500, gaokao2023en, olympiadbench, aime24, amc23", error.Message);
    }
}

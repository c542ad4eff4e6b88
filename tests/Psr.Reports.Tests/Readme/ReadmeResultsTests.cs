using Psr.Testing;

namespace Psr.Reports.Tests.Readme;

/// <summary>
/// The README's result tables are recomputed from the recorded per-problem results (docs/results/*.json); this test
/// fails when a table and its data disagree. Rewrite the tables from the data with
/// <c>PSR_WRITE_README_TABLES=1 dotnet test tests/Psr.Reports.Tests --filter ReadmeResults</c>.
/// </summary>
public sealed class ReadmeResultsTests
{
    private const string Rewrite = "PSR_WRITE_README_TABLES=1 dotnet test tests/Psr.Reports.Tests --filter ReadmeResults";

    // A block is named after its recorded runs (docs/results/NAME-seeds.json) and what it shows: the process method
    // with its continued-SFT control, the outcome baseline or the perfect-judge control against it, or the former default.
    [Theory]
    [InlineData("default", "process")]
    [InlineData("default", "outcome")]
    [InlineData("default", "oracle")]
    [InlineData("default", "former")]
    [InlineData("strong-judge", "process")]
    public void A_readme_table_equals_the_table_computed_from_its_recorded_runs(string runs, string shows)
    {
        // Given a preset's recorded runs
        var file = $"docs/results/{runs}-seeds.json";
        var results = RecordedResults.Load(runs + "-seeds");

        // When the table is computed from them
        var (block, table) = shows switch
        {
            "process" => ($"{runs}-process", ReadmeTables.ProcessAndControl(results)),
            "outcome" => ($"{runs}-outcome", ReadmeTables.AgainstProcess(results, "outcome", "outcome")),
            "oracle" => ($"{runs}-oracle", ReadmeTables.AgainstProcess(results, "oracle", "oracle-judged")),
            "former" => ($"former-{runs}", ReadmeTables.AgainstFormerDefault(results)),
            _ => throw new ArgumentOutOfRangeException(nameof(shows), shows, "process, outcome, oracle or former"),
        };

        // Then the README's block holds exactly that table
        var path = Path.Combine(Repository.Root(), "README.md");
        var (start, end) = ($"<!-- results:{block} -->\n", $"<!-- /results:{block} -->");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"README.md has no block {start.Trim()} … {end}");
        var current = readme[(from + start.Length)..to];
        if (Environment.GetEnvironmentVariable("PSR_WRITE_README_TABLES") == "1" && current != table)
        {
            File.WriteAllText(path, readme[..(from + start.Length)] + table + readme[to..]);
            current = table;
        }
        Assert.True(current == table, $"README.md's {block} table differs from {file}: run `{Rewrite}`\n{table}");
    }

    [Fact]
    public void The_recorded_runs_read_back_as_written()
    {
        // Given the export's bit order (four problems a hex digit, the first in the highest bit)
        var results = RecordedResults.Load("default-seeds");

        // When every run's models are read back
        var models = results.Models.ToList();

        // Then each covers the 2,000 test problems and its accuracy is the one its run's summary.json gave
        Assert.True(models.Count >= 20, $"{models.Count} models recorded");
        foreach (var (run, model) in models)
        {
            var correct = results.Greedy(run, model);
            Assert.Equal(2000, correct.Length);
            Assert.Equal(results.SummaryAccuracy(run, model), correct.Count(c => c) / 2000.0, 9);
        }
    }
}

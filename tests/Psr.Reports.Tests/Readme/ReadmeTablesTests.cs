using System.Text.Json;

namespace Psr.Reports.Tests.Readme;

public sealed class ReadmeTablesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-readme-tables-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_seed_whose_control_is_not_recorded_yet_shows_pending_and_the_mean_row_too()
    {
        // Given a campaign in progress: process seeds 1 and 2 finished, only seed 1's continued-SFT control
        var results = Write(new()
        {
            ["process-1"] = [4, 5, 6, 8],
            ["process-2"] = [4, 6, 6, 7],
            ["control-1"] = [4, 4, 4, 5],
        });

        // When the process table is computed
        var lines = ReadmeTables.ProcessAndControl(results).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then seed 1 has every column, seed 2 and the mean say "pending" where the control would be
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("| 1 | 40.0 % | 50.0 % | 60.0 % | 80.0 % | +40.00 (", lines[2]);
        Assert.DoesNotContain("pending", lines[2]);
        Assert.Contains("| +10.00 (", lines[2]); // the control's own M4 − M1
        Assert.Matches(@"^\| 2 \| .* \| \+30\.00 \(.*\) \| pending \| pending \| ", lines[3]);
        Assert.Matches(@"^\| mean \| 40\.0 % \| 55\.0 % \| 60\.0 % \| 75\.0 % \| \*\*\+35\.00 \(.*\)\*\* \| pending \| \*\*pending\*\* \| ", lines[4]);
    }

    [Fact]
    public void A_finished_campaign_has_no_pending_cell()
    {
        // Given both seeds' process runs and controls
        var results = Write(new()
        {
            ["process-1"] = [4, 5, 6, 8],
            ["process-2"] = [4, 6, 6, 7],
            ["control-1"] = [4, 4, 4, 5],
            ["control-2"] = [4, 4, 5, 5],
        });

        // When the process table is computed
        var table = ReadmeTables.ProcessAndControl(results);

        // Then every cell holds a number
        Assert.DoesNotContain("pending", table);
        Assert.Contains("| **+25.00 (", table); // the mean of process − control at M4: (8 − 5 + 7 − 5) / 2 of 10 problems
    }

    // Runs of 10 test problems whose models M1..M4 solve the first n problems each; the judge at 90 %.
    private RecordedResults Write(Dictionary<string, int[]> solvedByModel)
    {
        var runs = solvedByModel.ToDictionary(r => r.Key, r => new
        {
            models = r.Value.Select((n, i) => (Name: $"M{i + 1}", n)).ToDictionary(m => m.Name, m => new
            {
                greedy = Hex(m.n, 10), greedyAccuracy = m.n / 10.0, judgeAccuracy = 0.9,
            }),
        });
        var path = Path.Combine(_dir, "results.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { problems = 10, runs }));
        return RecordedResults.Read(path);
    }

    // The export's bit order: four problems a hex digit, the first in the highest bit.
    private static string Hex(int solved, int problems) => string.Concat(Enumerable.Range(0, (problems + 3) / 4).Select(d =>
        Convert.ToString(Enumerable.Range(0, 4).Sum(b => d * 4 + b < solved ? 8 >> b : 0), 16)));
}

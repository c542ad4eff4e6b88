using System.Text.Json;
using Psr.Pipeline.Runs;

namespace Psr.Reports.Tests;

/// <summary>
/// The experiment report (root report.json) of both methods × three seeds, recomputed from the sub-runs' raw JSON
/// artifacts parsed independently: every per-iteration mean, sd, min and max per method.
/// </summary>
public sealed class ExperimentRecomputationTests(TinyExperimentRun run) : IClassFixture<TinyExperimentRun>
{
    private static List<JsonElement> Lines(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static JsonElement Doc(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    private JsonElement ReportJson => Doc(Path.Combine(run.Root, RunReport.JsonFile));

    private string Stage(string sub, int round, string name) => Path.Combine(run.Root, sub, "stages", $"{round:D2}-{name}");

    private static (double Mean, double Sd, double Min, double Max) Spread(IReadOnlyList<double> xs)
    {
        var mean = xs.Sum() / xs.Count;
        var sd = xs.Count < 2 ? 0 : Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1));
        return (mean, sd, xs.Min(), xs.Max());
    }

    private static void AssertSpread(IReadOnlyList<double> values, JsonElement spread)
    {
        var (mean, sd, min, max) = Spread(values);
        Assert.Equal(values.Count, spread.GetProperty("runs").GetInt32());
        Assert.Equal(mean, spread.GetProperty("mean").GetDouble(), 12);
        Assert.Equal(sd, spread.GetProperty("standardDeviation").GetDouble(), 12);
        Assert.Equal(min, spread.GetProperty("min").GetDouble(), 12);
        Assert.Equal(max, spread.GetProperty("max").GetDouble(), 12);
    }

    [Fact]
    public void Each_method_ran_once_per_seed_in_its_own_sub_run()
    {
        // Given the experiment folder
        var subs = Directory.GetDirectories(run.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        // Then six sub-runs whose saved configuration names their method and seed
        Assert.Equal(["outcome-seed1", "outcome-seed2", "outcome-seed3", "process-seed1", "process-seed2", "process-seed3"], subs);
        foreach (var sub in subs)
        {
            var config = Doc(Path.Combine(run.Root, sub!, "config.json"));
            Assert.Equal(sub!.StartsWith("outcome", StringComparison.Ordinal) ? "Outcome" : "Process", config.GetProperty("experiment").GetProperty("method").GetString());
            Assert.Equal(long.Parse(sub[^1..], System.Globalization.CultureInfo.InvariantCulture), config.GetProperty("seeds").GetProperty("run").GetInt64());
            Assert.True(File.Exists(Path.Combine(run.Root, sub, RunReport.HtmlFile)));
        }
    }

    [Fact]
    public void The_outcome_baseline_samples_four_solutions_scored_three_times_on_the_same_questions()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            foreach (var round in new[] { 2, 3 })
            {
                // Given the round's results of both methods
                var outcome = Lines(Path.Combine(Stage($"outcome-seed{seed}", round, "score"), "results.jsonl"));
                var process = Lines(Path.Combine(Stage($"process-seed{seed}", round, "search"), "results.jsonl"));

                // Then the same questions, N=4 solutions each with 3 judge samples, and whole-response DPO trained on its pairs
                Assert.Equal(process.Select(r => r.GetProperty("questionId").GetString()), outcome.Select(r => r.GetProperty("questionId").GetString()));
                Assert.All(outcome, r => Assert.Equal(4, r.GetProperty("candidates").GetArrayLength()));
                Assert.All(outcome.SelectMany(r => r.GetProperty("candidates").EnumerateArray()), c => Assert.Equal(3, c.GetProperty("outputs").GetArrayLength()));
                var pairs = Lines(Path.Combine(Stage($"outcome-seed{seed}", round, "score"), "pairs.jsonl"));
                Assert.Equal(outcome.Count(r => r.GetProperty("decision").GetString() == "Kept"), pairs.Count);
                Assert.True(File.Exists(Path.Combine(Stage($"outcome-seed{seed}", round, "dpo"), "model", "model.safetensors")));

                // And the report counts the questions each drop reason took
                var report = run.Reports.Single(r => r.Method == ReportMethod.OutcomeSelfRewarding && r.Seed == seed);
                var dropped = report.Models.Single(m => m.Round == round).Pairs!.Dropped!.ToDictionary(d => d.Rule, d => d.Pairs);
                int Decided(string decision) => outcome.Count(r => r.GetProperty("decision").GetString() == decision);
                Assert.Equal(new Dictionary<string, int>
                {
                    ["unscored"] = Decided("DroppedUnscored"), ["tie"] = Decided("DroppedTie"), ["identical"] = Decided("DroppedIdentical"), ["margin"] = Decided("DroppedMargin"),
                }, dropped);
            }
        }
    }

    [Fact]
    public void Every_row_is_the_mean_and_spread_over_seeds_of_the_raw_records()
    {
        // Given the rows of the root report
        var rows = ReportJson.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(6, rows.Count);
        foreach (var row in rows)
        {
            var method = row.GetProperty("method").GetString() == "OutcomeSelfRewarding" ? "outcome" : "process";
            var model = row.GetProperty("model").GetString()!;
            var round = model == "M1" ? 1 : model == "M2" ? 2 : 3;
            var subs = new[] { 1, 2, 3 }.Select(s => $"{method}-seed{s}").ToList();
            Assert.Equal([1L, 2L, 3L], row.GetProperty("seeds").EnumerateArray().Select(s => s.GetInt64()));

            // Then greedy and judge accuracy are the seeds' shares of correct records, with their mean and spread
            var greedy = subs.Select(s => Lines(Path.Combine(Stage(s, round, "evaluate"), "greedy.jsonl"))).ToList();
            AssertSpread(greedy.Select(g => g.Count(r => r.GetProperty("correct").GetBoolean()) / (double)g.Count).ToList(), row.GetProperty("greedyAccuracy"));
            // (the outcome models give no step verdict, so their rows have no judge accuracy)
            var judge = subs.Select(s => Lines(Path.Combine(Stage(s, round, "evaluate"), "judge.jsonl")))
                .Where(j => j.Any(r => r.GetProperty("verdict").GetString() != "Unparsed")).ToList();
            Assert.Equal(method == "outcome" ? 0 : 3, judge.Count);
            if (judge.Count > 0)
                AssertSpread(judge.Select(j => j.Count(r => r.GetProperty("verdict").GetString() == r.GetProperty("expected").GetString()) / (double)j.Count).ToList(),
                    row.GetProperty("judgeAccuracy"));
            else
                Assert.Equal(0, row.GetProperty("judgeAccuracy").GetProperty("runs").GetInt32());

            // And the round's pairs and judge calls come from the round's own files (none for M1)
            if (round == 1)
            {
                Assert.Equal(0, row.GetProperty("pairs").GetProperty("runs").GetInt32());
                continue;
            }
            var folder = method == "outcome" ? "score" : "search";
            AssertSpread(subs.Select(s => (double)Lines(Path.Combine(Stage(s, round, folder), "pairs.jsonl")).Count).ToList(), row.GetProperty("pairs"));
            var calls = subs.Select(s => Lines(Path.Combine(Stage(s, round, folder), "results.jsonl"))).Select(results => method == "outcome"
                ? (double)results.Sum(r => r.GetProperty("candidates").EnumerateArray().Sum(c => c.GetProperty("outputs").GetArrayLength()))
                : results.Sum(r => r.GetProperty("counters").GetProperty("judgeCalls").GetInt32())).ToList();
            AssertSpread(calls, row.GetProperty("judgeCalls"));
        }
    }

    [Fact]
    public void The_root_html_is_self_contained_with_a_plot_per_metric_and_both_methods()
    {
        // Given
        var html = File.ReadAllText(Path.Combine(run.Root, RunReport.HtmlFile));

        // Then no network, five inline SVG plots, and both methods in the table and legends
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, html.Split("<svg").Length - 1);
        Assert.Contains("OutcomeSelfRewarding", html, StringComparison.Ordinal);
        Assert.Contains("ProcessSelfRewarding", html, StringComparison.Ordinal);
        Assert.True(RunDirectory.Open(run.Root).Config.Experiment.IsMulti);
    }
}

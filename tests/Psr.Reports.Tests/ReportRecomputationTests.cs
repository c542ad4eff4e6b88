using System.Text.Json;

namespace Psr.Reports.Tests;

/// <summary>The report's numbers, read back from report.json, against the run's raw JSON artifacts parsed independently.</summary>
public sealed class ReportRecomputationTests(TinyReportRun run) : IClassFixture<TinyReportRun>
{
    private static List<JsonElement> Lines(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static JsonElement Doc(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    private static string Compact(JsonElement e) => JsonSerializer.Serialize(e);

    private JsonElement ReportJson => Doc(Path.Combine(run.Root, RunReport.JsonFile));

    private string Stage(int round, string name) => Path.Combine(run.Root, "stages", $"{round:D2}-{name}");

    [Fact]
    public void Every_evaluated_model_is_reported_in_order()
    {
        // Given / When
        var models = ReportJson.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("model").GetString()).ToList();

        // Then
        Assert.Equal(["M1", "M2", "M3"], models);
    }

    [Fact]
    public void Greedy_judge_and_test_time_numbers_match_the_raw_records_and_the_evaluation()
    {
        foreach (var (m, i) in ReportJson.GetProperty("models").EnumerateArray().Select((m, i) => (m, i)))
        {
            // Given the raw records of this model's evaluate stage
            var folder = Stage(i + 1, "evaluate");
            var greedy = Lines(Path.Combine(folder, "greedy.jsonl"));
            var judge = Lines(Path.Combine(folder, "judge.jsonl"));
            var tts = Lines(Path.Combine(folder, "tts.jsonl"));
            var ttsOracle = Lines(Path.Combine(folder, "tts-oracle.jsonl"));
            var evaluation = Doc(Path.Combine(folder, "evaluation.json"));

            // Then greedy accuracy is the share of correct lines; the interval is the evaluation's bootstrap interval
            var g = m.GetProperty("greedy");
            Assert.Equal(greedy.Count(r => r.GetProperty("correct").GetBoolean()) / (double)greedy.Count, g.GetProperty("accuracy").GetDouble(), 12);
            Assert.Equal(Compact(evaluation.GetProperty("greedy").GetProperty("interval")), Compact(g.GetProperty("interval")));

            // And judge accuracy, tie rate and position bias follow from the verdict lines
            var j = m.GetProperty("judge");
            Assert.Equal(judge.Count(r => r.GetProperty("verdict").GetString() == r.GetProperty("expected").GetString()) / (double)judge.Count, j.GetProperty("accuracy").GetDouble(), 12);
            Assert.Equal(evaluation.GetProperty("judge").GetProperty("accuracy").GetDouble(), j.GetProperty("accuracy").GetDouble(), 12);
            Assert.Equal(judge.Count(r => r.GetProperty("verdict").GetString() == "Tie") / (double)judge.Count, j.GetProperty("tieRate").GetDouble(), 12);
            var byPair = judge.GroupBy(r => r.GetProperty("index").GetInt32()).Select(p => p.Select(r => r.GetProperty("verdict").GetString()).ToList()).ToList();
            Assert.Equal(byPair.Count(v => v.Count == 2 && v[0] == v[1] && v[0] is "A" or "B") / (double)byPair.Count, j.GetProperty("positionBiasRate").GetDouble(), 12);

            // And test-time accuracies are the shares of correct searches
            var t = m.GetProperty("testTime");
            Assert.Equal(tts.Count(r => r.GetProperty("correct").GetBoolean()) / (double)tts.Count, t.GetProperty("selfJudgeAccuracy").GetDouble(), 12);
            Assert.Equal(ttsOracle.Count(r => r.GetProperty("correct").GetBoolean()) / (double)ttsOracle.Count, t.GetProperty("oracleJudgeAccuracy").GetDouble(), 12);
            Assert.Equal(evaluation.GetProperty("testTime").GetProperty("selfJudgeAccuracy").GetDouble(), t.GetProperty("selfJudgeAccuracy").GetDouble(), 12);

            // And the solution shape counts non-empty lines
            var steps = greedy.Select(r => r.GetProperty("output").GetString()!.Split('\n').Count(l => l.Trim().Length > 0)).ToList();
            Assert.Equal(steps.Average(), m.GetProperty("shape").GetProperty("meanSteps").GetDouble(), 12);
        }
    }

    [Fact]
    public void Pairs_and_dpo_curves_match_the_round_artifacts()
    {
        var summary = ReportMarkdown.Render(run.Report);
        foreach (var m in ReportJson.GetProperty("models").EnumerateArray().Skip(1))
        {
            // Given the round's pairs, results, history and the evaluation's oracle breakdown
            var round = m.GetProperty("round").GetInt32();
            var pairs = Lines(Path.Combine(Stage(round, "search"), "pairs.jsonl"));
            var results = Lines(Path.Combine(Stage(round, "search"), "results.jsonl"));
            var history = Lines(Path.Combine(Stage(round, "step-dpo"), "history.jsonl"));
            var evalPairs = Doc(Path.Combine(Stage(round, "evaluate"), "evaluation.json")).GetProperty("pairs");

            // Then
            var p = m.GetProperty("pairs");
            Assert.Equal(pairs.Count, p.GetProperty("pairs").GetInt32());
            Assert.Equal(results.Count, p.GetProperty("questions").GetInt32());
            Assert.Equal(Compact(evalPairs.GetProperty("breakdown")), Compact(p.GetProperty("breakdown")));
            Assert.Equal(results.Sum(r => r.GetProperty("counters").GetProperty("rollbacks").GetInt32()), p.GetProperty("rollbacks").GetInt32());
            Assert.Equal(results.Sum(r => r.GetProperty("counters").GetProperty("judgeCalls").GetInt32()), p.GetProperty("judgeCalls").GetInt32());
            int Sum(string counter) => results.Sum(r => r.GetProperty("counters").GetProperty(counter).GetInt32());
            var dropped = p.GetProperty("dropped").EnumerateArray().ToDictionary(d => d.GetProperty("rule").GetString()!, d => d.GetProperty("pairs").GetInt32());
            Assert.Equal(new Dictionary<string, int>
            {
                ["identical candidates"] = Sum("identicalExpansions"), ["all tie"] = Sum("allTieExpansions"),
                ["self-judged"] = Sum("pairsDroppedSelfJudged"), ["label dissent"] = Sum("pairsDroppedLabelDissent"), ["margin"] = Sum("pairsDroppedMargin"),
            }, dropped);
            Assert.Contains($"{m.GetProperty("model").GetString()} pairs dropped: ", summary, StringComparison.Ordinal);
            var dpo = m.GetProperty("dpo");
            Assert.Equal(history.Select(h => h.GetProperty("dpoLoss").GetDouble()), dpo.GetProperty("loss").EnumerateArray().Select(x => x.GetDouble()));
            Assert.Equal(history.Select(h => h.GetProperty("rewardMargin").GetDouble()), dpo.GetProperty("rewardMargin").EnumerateArray().Select(x => x.GetDouble()));
        }
    }

    [Fact]
    public void Ablation_settings_are_the_saved_configuration()
    {
        // Given the resolved configuration the run saved
        var config = Doc(Path.Combine(run.Root, "config.json"));
        var search = config.GetProperty("search");

        // When
        var settings = ReportJson.GetProperty("settings");

        // Then
        Assert.Equal(search.GetProperty("width").GetInt32(), settings.GetProperty("width").GetInt32());
        Assert.Equal(search.GetProperty("judgeOrders").GetString(), settings.GetProperty("judgeOrders").GetString());
        Assert.Equal(search.GetProperty("allTie").GetString(), settings.GetProperty("allTie").GetString());
        Assert.Equal(search.GetProperty("minScoreMargin").GetInt32(), settings.GetProperty("minScoreMargin").GetInt32());
        Assert.Equal(config.GetProperty("dpo").GetProperty("beta").GetDouble(), settings.GetProperty("dpoBeta").GetDouble());
        Assert.Equal([3, 2], settings.GetProperty("questionsPerRound").EnumerateArray().Select(q => q.GetInt32()));
    }

    [Fact]
    public void Stage_times_are_the_manifest_seconds()
    {
        // Given every manifest
        var manifests = Directory.GetDirectories(Path.Combine(run.Root, "stages")).Order(StringComparer.Ordinal)
            .Select(d => (Name: Path.GetFileName(d), Seconds: Doc(Path.Combine(d, "manifest.json")).GetProperty("seconds").GetDouble())).ToList();

        // When
        var stages = ReportJson.GetProperty("stages").EnumerateArray()
            .Select(s => (Name: s.GetProperty("stage").GetString()!, Seconds: s.GetProperty("seconds").GetDouble())).ToList();

        // Then
        Assert.Equal(manifests, stages);
    }

    [Fact]
    public void The_html_is_self_contained_with_its_plots_and_every_searched_question()
    {
        // Given
        var html = File.ReadAllText(Path.Combine(run.Root, RunReport.HtmlFile));
        var searched = Lines(Path.Combine(Stage(2, "search"), "results.jsonl")).Count + Lines(Path.Combine(Stage(3, "search"), "results.jsonl")).Count;

        // When the embedded trace block is parsed
        const string open = "<script type=\"application/json\" id=\"psr-traces\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var traces = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]).RootElement;

        // Then nothing is fetched, the four SVG plots, the DPO log-prob curves and the Init learning curve are inline, and the viewer holds every question with oracle labels
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(6, html.Split("<svg").Length - 1);
        Assert.Equal(searched, traces.GetArrayLength());
        var candidates = traces.EnumerateArray().SelectMany(q => q.GetProperty("expansions").EnumerateArray()).SelectMany(e => e.GetProperty("candidates").EnumerateArray()).ToList();
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Contains(c.GetProperty("oracle").GetString(), new[] { "Correct", "Wrong", "Unknown" }));
    }
}

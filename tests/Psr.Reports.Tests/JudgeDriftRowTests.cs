using Psr.Eval.Metrics;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Reports.Comparisons;
using Psr.Roles;

namespace Psr.Reports.Tests;

public sealed class JudgeDriftRowTests(TinyReportRun run) : IClassFixture<TinyReportRun>
{
    private static string JudgeFile(string root, int round) => Path.Combine(root, "stages", EvaluateStage.StageIdOf(round).Folder, "judge.jsonl");

    private static List<JudgeRecord> Judged(string root, int round) => ArtifactJsonl.Read<JudgeRecord>(JudgeFile(root, round));

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    // Runs `test` on a throw-away copy of the tiny run, so it may rewrite the copy's records.
    private static void OnACopy(string root, Action<string> test)
    {
        var copy = Path.Combine(Path.GetTempPath(), "psr-report-copy-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(root, copy);
            test(copy);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void The_report_measures_the_judge_from_its_first_model_to_its_last_from_the_records()
    {
        // Given the tiny run, whose every model carries the same test verdicts (so its judge does not move), and a copy of
        // it whose last model's judge records are all right
        Assert.Equal(0.0, run.Report.JudgeDrift!.Difference, 12);
        OnACopy(run.Root, copy =>
        {
            var lastRound = run.Report.Models[^1].Round;
            ArtifactJsonl.Write(JudgeFile(copy, lastRound), Judged(copy, lastRound).Select(r => r with { Verdict = r.Expected }));

            // When the copy is reported
            var report = RunReportBuilder.Build(copy, null);

            // Then its drift is the records' own, over every pair, and its change is the two models' judge accuracies apart
            var bootstrap = EvaluateStage.Bootstrap(TinyReportRun.Config.Evaluation);
            Assert.Equal(JudgeDrift.From(Judged(copy, report.Models[0].Round), Judged(copy, lastRound), bootstrap), report.JudgeDrift);
            Assert.Equal(Judged(copy, lastRound).Select(r => r.Index).Distinct().Count(), report.JudgeDrift!.Pairs);
            Assert.Equal(report.Models[^1].Judge!.Accuracy - report.Models[0].Judge!.Accuracy, report.JudgeDrift.Difference, 12);
            Assert.Equal(1.0 - report.Models[0].Judge!.Accuracy, report.JudgeDrift.Difference, 12);
            Assert.True(report.JudgeDrift.Difference > 0.3);
        });
    }

    [Fact]
    public void A_model_that_gives_no_verdict_has_no_judge_numbers_instead_of_zero()
    {
        // Given a copy of the tiny run whose models never gave a step verdict (the outcome baseline's models score whole
        // solutions; a 1-layer model has not learned the format)
        OnACopy(run.Root, copy =>
        {
            foreach (var m in run.Report.Models)
                ArtifactJsonl.Write(JudgeFile(copy, m.Round), Judged(copy, m.Round).Select(r => r with { Verdict = JudgeVerdict.Unparsed }));

            // When the copy is reported
            var report = RunReportBuilder.Build(copy, null);

            // Then no model has judge statistics, per-kind accuracy or a drift, and the tables show a dash, not 0.0%
            Assert.All(report.Models, m => Assert.Null(m.Judge));
            Assert.All(report.Models, m => Assert.Null(m.JudgeByKind));
            Assert.Null(report.JudgeDrift);
            var row = ReportMarkdown.Render(report).Split('\n').First(l => l.StartsWith("| M1 |", StringComparison.Ordinal));
            Assert.Equal("–", row.Split('|')[3].Trim());
            Assert.NotNull(run.Report.Models[0].Judge);
        });
    }

    [Fact]
    public void The_run_report_states_the_drift_under_its_judge_table()
    {
        // Given the tiny run's report with its drift set to a fall of 2.5 points
        var report = run.Report with { JudgeDrift = new JudgeDrift(500, -0.025, new ConfidenceInterval(-0.045, -0.006, 0.95)) };

        // When / Then the HTML and the Markdown state it with its interval
        var line = $"Judge {report.Models[^1].Model} − M1: −2.5 points, paired 95 % interval −4.5..−0.6 over the 500 EFT test pairs.";
        Assert.Contains($"<p id=\"judge-drift\">{line}</p>", ReportHtml.Render(report, []), StringComparison.Ordinal);
        Assert.Contains(line, ReportMarkdown.Render(report), StringComparison.Ordinal);
        Assert.DoesNotContain("judge-drift", ReportHtml.Render(report with { JudgeDrift = null }, []), StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_shows_each_runs_judge_drift_in_markdown_and_html()
    {
        // Given the tiny run with a drift of +0.4, a second seed whose judge fell 2.5 points (−4.5..−0.5), and a run with one model
        var first = run.Report with { JudgeDrift = new JudgeDrift(500, 0.004, new ConfidenceInterval(-0.013, 0.021, 0.95)) };
        var fell = first with
        {
            Seed = first.Seed + 1,
            JudgeDrift = new JudgeDrift(500, -0.025, new ConfidenceInterval(-0.045, -0.005, 0.95)),
            Models = [first.Models[0] with { Judge = first.Models[0].Judge! with { Accuracy = 0.773 } }, .. first.Models.Skip(1).SkipLast(1),
                first.Models[^1] with { Judge = first.Models[^1].Judge! with { Accuracy = 0.748 } }],
        };
        var single = first with { Seed = first.Seed + 2, Models = [first.Models[0]], JudgeDrift = null };

        // When
        var comparison = RunComparison.Build([first, fell, single]);
        var markdown = ComparisonMarkdown.Render(comparison);
        var html = ComparisonHtml.Render(comparison);

        // Then one row per run that measured its judge twice, with both ends, the change and its interval
        Assert.Equal([first.Seed, first.Seed + 1], comparison.JudgeDrift.Select(j => j.Seed));
        var last = first.Models[^1].Model;
        Assert.Contains($"| ProcessSelfRewarding | {first.Seed + 1} | 500 | M1 77.3% → {last} 74.8% | −2.5 (−4.5..−0.5) |", markdown, StringComparison.Ordinal);
        Assert.Contains("<table id=\"judge-drift\">", html, StringComparison.Ordinal);
        Assert.Contains("−2.5 (−4.5..−0.5)</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_without_a_second_judged_model_give_no_judge_table()
    {
        var single = run.Report with { Models = [run.Report.Models[0]], JudgeDrift = null };

        var comparison = RunComparison.Build([single]);

        Assert.Empty(comparison.JudgeDrift);
        Assert.DoesNotContain("judge of method", ComparisonMarkdown.Render(comparison), StringComparison.Ordinal);
        Assert.DoesNotContain("judge-drift", ComparisonHtml.Render(comparison), StringComparison.Ordinal);
    }
}

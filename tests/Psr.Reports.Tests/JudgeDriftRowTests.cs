using Psr.Eval.Metrics;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Reports.Comparisons;

namespace Psr.Reports.Tests;

public sealed class JudgeDriftRowTests(TinyReportRun run) : IClassFixture<TinyReportRun>
{
    private List<JudgeRecord> Judged(int round) =>
        ArtifactJsonl.Read<JudgeRecord>(Path.Combine(run.Root, "stages", EvaluateStage.StageIdOf(round).Folder, "judge.jsonl"));

    [Fact]
    public void The_report_measures_the_judge_from_its_first_model_to_its_last_from_the_records()
    {
        // Given the tiny run's report (M1 and later models, the judge measured at each)
        var report = run.Report;
        var first = Judged(report.Models[0].Round);
        var last = Judged(report.Models[^1].Round);

        // When / Then its drift is the records' own, and its change is the two models' judge accuracies apart
        Assert.Equal(JudgeDrift.From(first, last), report.JudgeDrift);
        Assert.Equal(first.Select(r => r.Index).Distinct().Count(), report.JudgeDrift!.Pairs);
        Assert.Equal(report.Models[^1].Judge!.Accuracy - report.Models[0].Judge!.Accuracy, report.JudgeDrift.Difference, 12);
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
        // Given the tiny run and a second seed whose judge fell 2.5 points, interval −4.5..−0.5, and a run with one model
        var first = run.Report;
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

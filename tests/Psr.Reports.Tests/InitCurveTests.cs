using System.Text.Json;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Reports.Tests;

public sealed class InitCurveTests
{
    [Fact]
    public void The_last_fifth_gain_is_the_last_point_minus_the_point_at_80_percent()
    {
        // Given a 10-step curve: 30 % at step 0, 50 % at step 8, 55 % at step 10
        var curve = InitCurve.From([new DevPoint(10, 20, 11), new DevPoint(0, 20, 6), new DevPoint(8, 20, 10), new DevPoint(5, 20, 9)])!;

        // Then
        Assert.Equal([0, 5, 8, 10], curve.Points.Select(p => p.Step));
        Assert.Equal((10, 8), (curve.Steps, curve.EightyPercentStep));
        Assert.Equal(0.05, curve.LastFifthGain!.Value, 12);
        Assert.Contains("+5.0 points", InitCurveSection.Summary(curve), StringComparison.Ordinal);
    }

    [Fact]
    public void Points_that_keep_their_problems_give_the_gain_a_paired_interval()
    {
        // Given 40 dev problems: at 80 % of Init the first 20 solved, at the end the same 20 and 4 more
        bool[] at80 = [.. Enumerable.Range(0, 40).Select(i => i < 20)], last = [.. Enumerable.Range(0, 40).Select(i => i < 24)];
        var curve = InitCurve.From([DevPoint.Of(0, new bool[40]), DevPoint.Of(8, at80), DevPoint.Of(10, last)])!;

        // Then the gain is +10 points, its paired interval holds it and stays above zero (no problem was lost), and
        // the summary shows it; a curve without per-problem results has none
        Assert.Equal(0.10, curve.LastFifthGain!.Value, 12);
        var ci = curve.LastFifthInterval!;
        Assert.InRange(0.10, ci.Low, ci.High);
        Assert.True(ci.Low > 0, $"{ci.Low}");
        Assert.Contains("+10.0 points (paired 95 % interval +", InitCurveSection.Summary(curve), StringComparison.Ordinal);
        Assert.Null(InitCurve.From([new DevPoint(8, 40, 20), DevPoint.Of(10, last)])!.LastFifthInterval);
    }

    [Fact]
    public void A_held_learning_rate_is_named_in_the_summary_and_marked_in_the_plot()
    {
        var curve = InitCurve.From([new DevPoint(0, 20, 6), new DevPoint(8, 20, 10), new DevPoint(10, 20, 11)])!;
        var held = curve with { HoldFrom = 7 };

        Assert.DoesNotContain("held", InitCurveSection.Summary(curve), StringComparison.Ordinal);
        Assert.EndsWith("The learning rate decayed until step 7 and held its final value after it.", InitCurveSection.Summary(held), StringComparison.Ordinal);
        Assert.Contains("the dotted one where the learning rate stopped decaying", InitCurveSection.Html(new RunReport("r", "h", "p", ReportMethod.ProcessSelfRewarding, 1, AblationSettings.Of(Psr.Pipeline.Config.RunPresets.Smoke), [], []) { InitCurve = held }), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_point_at_80_percent_the_gain_is_not_claimed()
    {
        var curve = InitCurve.From([new DevPoint(0, 4, 1), new DevPoint(10, 4, 2)])!;
        Assert.Null(curve.LastFifthGain);
        Assert.Contains("not measured", InitCurveSection.Summary(curve), StringComparison.Ordinal);
        Assert.Null(InitCurve.From([]));
    }
}

/// <summary>The report's Init learning curve against the Init stage's dev-curve.jsonl parsed independently.</summary>
public sealed class InitCurveRecomputationTests(TinyReportRun run) : IClassFixture<TinyReportRun>
{
    [Fact]
    public void Report_json_and_html_show_the_dev_curve_and_the_last_fifth_gain()
    {
        // Given the raw curve of a 4-step Init measured every 2 steps (and at 80 %: step 3)
        var raw = File.ReadAllLines(Path.Combine(run.Root, "stages", "01-init", "dev-curve.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        double Acc(JsonElement p) => p.GetProperty("correct").GetInt32() / (double)p.GetProperty("problems").GetInt32();

        // Then the report has the same points, and the gain is accuracy at step 4 minus at step 3
        Assert.Equal([0, 2, 3, 4], raw.Select(p => p.GetProperty("step").GetInt32()));
        var curve = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Root, RunReport.JsonFile))).RootElement.GetProperty("initCurve");
        Assert.Equal(raw.Select(Acc), curve.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("accuracy").GetDouble()));
        Assert.Equal(Acc(raw[3]) - Acc(raw[2]), curve.GetProperty("lastFifthGain").GetDouble(), 12);
        var html = File.ReadAllText(Path.Combine(run.Root, RunReport.HtmlFile));
        Assert.Contains("id=\"plot-init-curve\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"init-curve\"", html, StringComparison.Ordinal);
        Assert.Contains("last fifth of Init", ReportMarkdown.Render(run.Report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_decay_that_ends_before_the_last_step_is_read_as_a_hold_and_one_that_ends_there_is_not()
    {
        var dir = RunDirectory.Open(run.Root).Run;

        Assert.Equal(3, InitCurve.Read(dir, decaySteps: 3)!.HoldFrom);
        Assert.Null(InitCurve.Read(dir, decaySteps: 4)!.HoldFrom);
        Assert.Null(InitCurve.Read(dir)!.HoldFrom);
    }
}

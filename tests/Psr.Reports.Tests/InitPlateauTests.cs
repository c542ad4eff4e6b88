using Psr.Pipeline.Stages;
using Psr.Reports.Comparisons;

namespace Psr.Reports.Tests;

public sealed class InitPlateauTests
{
    private static RunReport Report(ReportMethod method, long seed, InitCurve? curve) =>
        new("r" + seed, "h", "p", method, seed, AblationSettings.Of(Psr.Pipeline.Config.RunPresets.Smoke), [], []) { InitCurve = curve };

    private static InitCurve Curve(int extraAtEnd, int? holdFrom = null)
    {
        // 40 dev problems: at 80 % of Init the first 20 solved, at the end the same and extraAtEnd more
        bool[] at80 = [.. Enumerable.Range(0, 40).Select(i => i < 20)], last = [.. Enumerable.Range(0, 40).Select(i => i < 20 + extraAtEnd)];
        return InitCurve.From([DevPoint.Of(0, new bool[40]), DevPoint.Of(8, at80), DevPoint.Of(10, last)])! with { HoldFrom = holdFrom };
    }

    [Fact]
    public void Runs_that_share_an_Init_share_a_row_and_each_seed_gets_its_own()
    {
        // Given seed 1's process run and its control with the same (copied) Init, seed 2's process run with another, an
        // outcome run of seed 1 with its own Init, and a run without a curve
        var reports = new[]
        {
            Report(ReportMethod.ProcessSelfRewarding, 1, Curve(4)),
            Report(ReportMethod.ContinuedSft, 1, Curve(4)),
            Report(ReportMethod.ProcessSelfRewarding, 2, Curve(0, holdFrom: 8)),
            Report(ReportMethod.OutcomeSelfRewarding, 1, Curve(2)),
            Report(ReportMethod.ProcessSelfRewarding, 3, null),
        };

        // When
        var rows = InitPlateauRow.Of(reports);

        // Then three Inits, in first-seen order, with their last fifth's ends, gain and interval
        Assert.Equal([1L, 2L, 1L], rows.Select(r => r.Seed));
        Assert.Equal([ReportMethod.ProcessSelfRewarding, ReportMethod.ContinuedSft], rows[0].Methods);
        Assert.Equal([ReportMethod.OutcomeSelfRewarding], rows[2].Methods);
        Assert.Equal((0.5, 0.6, 8, 10, 40), (rows[0].AtEighty, rows[0].AtLast, rows[0].EightyPercentStep, rows[0].Steps, rows[0].Problems));
        Assert.Equal(0.10, rows[0].Gain, 12);
        Assert.True(rows[0].Interval!.Low > 0, $"{rows[0].Interval!.Low}");
        Assert.Equal((0.0, 8), (rows[1].Gain, rows[1].HoldFrom!.Value));
    }

    [Fact]
    public void The_comparison_shows_each_Init_once_in_markdown_and_html()
    {
        // Given two seeds' process runs with a control copying seed 1's Init
        var comparison = RunComparison.Build(
        [
            Report(ReportMethod.ProcessSelfRewarding, 1, Curve(4)),
            Report(ReportMethod.ContinuedSft, 1, Curve(4)),
            Report(ReportMethod.ProcessSelfRewarding, 2, Curve(0, holdFrom: 8)),
        ]);

        // When
        var markdown = ComparisonMarkdown.Render(comparison);
        var html = ComparisonHtml.Render(comparison);

        // Then one line per Init, the held rate named, the gain in points with its interval
        Assert.Equal(2, comparison.InitPlateau.Count);
        Assert.Contains("| 1 | ProcessSelfRewarding, ContinuedSft | 40 | 8–10 | 50.0% → 60.0% | +10.0 (+", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2 | ProcessSelfRewarding | 40 | 8–10, rate held from 8 | 50.0% → 50.0% | 0.0 (", markdown, StringComparison.Ordinal);
        Assert.Contains("<table id=\"init-plateau\">", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("</td></tr>").Count(row => row.Contains("% → ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_curves_the_comparison_has_no_plateau_table()
    {
        var comparison = RunComparison.Build([Report(ReportMethod.ProcessSelfRewarding, 1, null)]);

        Assert.Empty(comparison.InitPlateau);
        Assert.DoesNotContain("Init of seed", ComparisonMarkdown.Render(comparison), StringComparison.Ordinal);
        Assert.DoesNotContain("init-plateau", ComparisonHtml.Render(comparison), StringComparison.Ordinal);
    }
}

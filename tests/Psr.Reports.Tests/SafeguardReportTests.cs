using System.Text.Encodings.Web;
using Psr.Pipeline.Config;
using Psr.Studies.Safeguard;

namespace Psr.Reports.Tests;

public sealed class SafeguardReportTests(TinyReportRun run) : IClassFixture<TinyReportRun>
{
    private static readonly SafeguardVerdict Rejected = new("M2", SafeguardSignal.JudgeDevAgreement, 20, "stages/01-init/model", "stages/02-step-dpo/model",
        0.8, 0.6, 0.2, 0.05, SafeguardAction.RejectRound, SafeguardDecision.Rejected, "stages/01-init/model");

    [Fact]
    public void Without_the_safeguard_the_report_has_no_safeguard_section()
    {
        // Given a run with the paper-faithful configuration (safeguard off) / When it is reported / Then
        Assert.Null(run.Report.Safeguard);
        Assert.DoesNotContain("\"safeguard\"", File.ReadAllText(Path.Combine(run.Root, RunReport.JsonFile)), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"safeguard\"", File.ReadAllText(Path.Combine(run.Root, RunReport.HtmlFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_safeguard_verdict_is_shown_with_its_numbers_in_the_html_and_the_markdown()
    {
        // Given a report holding one rejected round
        var report = run.Report with { Safeguard = [Rejected] };

        // When it is rendered
        var html = SafeguardTable.Html(report, HtmlEncoder.Default);
        var markdown = ReportMarkdown.Render(report);

        // Then both show the values, the drop, the limit and the decision
        Assert.Contains("<td>M2</td><td>JudgeDevAgreement</td><td>20</td><td>80.0%</td><td>60.0%</td><td>+20.0</td><td>5.0</td><td>RejectRound</td><td>Rejected</td>", html, StringComparison.Ordinal);
        Assert.Contains("Safeguard M2: JudgeDevAgreement 80.0% -> 60.0% (drop +20.0 points, limit 5.0) on 20 dev items: Rejected", markdown, StringComparison.Ordinal);
    }
}

using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Reports.Tests;

/// <summary>One test-sized run of the whole loop (a 1-layer model, two rounds; seconds) with its report written, shared by the
/// tests; its judge records carry <see cref="TestVerdicts"/>.</summary>
public sealed class TinyReportRun : IDisposable
{
    public TinyReportRun()
    {
        Root = Path.Combine(Path.GetTempPath(), "psr-report-" + Guid.NewGuid().ToString("N"));
        new SelfRewardingLoop(Config, RunDirectory.Create(Root, Config)).RunAsync().GetAwaiter().GetResult();
        TestVerdicts.Give(Root);
        Report = ReportWriter.Write(Root);
    }

    /// <summary>The tiny loop's configuration (a 1-layer model, two rounds).</summary>
    public static RunConfig Config => TinyRunConfig.Report;

    /// <summary>The run's folder.</summary>
    public string Root { get; }

    /// <summary>The report as returned by the writer.</summary>
    public RunReport Report { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

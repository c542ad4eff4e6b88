using Psr.Pipeline.Stages;

namespace Psr.Reports;

/// <summary>A run's report (<c>report.json</c>): one entry per model, in order, and the wall time of every stage.</summary>
/// <param name="RunDirectory">The run's folder.</param>
/// <param name="ConfigHash">SHA-256 of the run's configuration.</param>
/// <param name="Preset">The preset the configuration started from.</param>
/// <param name="Method">The self-rewarding method.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Settings">The settings the ablations vary.</param>
/// <param name="Models">One entry per evaluated model, M1 first.</param>
/// <param name="Stages">Wall time per stage, in folder order.</param>
public sealed record RunReport(string RunDirectory, string ConfigHash, string Preset, ReportMethod Method, long Seed, AblationSettings Settings,
    IReadOnlyList<ModelReport> Models, IReadOnlyList<StageTime> Stages)
{
    /// <summary>The JSON file at the run's root.</summary>
    public const string JsonFile = "report.json";

    /// <summary>The HTML file at the run's root.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>Per stage: seconds, hot-loop work and rates, from the manifests and the start-up matmul peak.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Pipeline.Profiling.RunProfile? Profile { get; init; }

    /// <summary>The optional safeguard's verdict per checked round (absent when the safeguard is off).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Studies.Safeguard.SafeguardVerdict>? Safeguard { get; init; }

    /// <summary>M1's dev accuracy over the Init steps and the last fifth's gain (absent unless <c>sft.devEvery</c> &gt; 0).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public InitCurve? InitCurve { get; init; }

    /// <summary>The judge's change on the EFT test pairs from the first model to the last (absent with one model or no judge).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public JudgeDrift? JudgeDrift { get; init; }
}

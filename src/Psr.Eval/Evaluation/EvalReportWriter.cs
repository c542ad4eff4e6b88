using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Psr.Eval.Evaluation;

/// <summary>Renders an <see cref="EvalReport"/> as JSON (machine-readable) and as Markdown (summary + per-item table).</summary>
public static class EvalReportWriter
{
    /// <summary>The report as one JSON object with a summary and an <c>items</c> array.</summary>
    public static JsonObject ToJson(EvalReport report)
    {
        var items = new JsonArray();
        foreach (var i in report.Items)
            items.Add(new JsonObject
            {
                ["id"] = i.Id, ["reference"] = i.Reference, ["extracted"] = i.Extracted, ["equal"] = i.Equal,
                ["why"] = i.Why, ["rule"] = i.Rule.ToString().ToLowerInvariant(), ["missing"] = i.Missing,
            });
        var why = new JsonObject();
        foreach (var (code, count) in report.WhyCounts)
            why[code] = count;
        return new JsonObject
        {
            ["benchmark"] = report.Benchmark,
            ["count"] = report.Count,
            ["correct"] = report.Correct,
            ["accuracy"] = report.Accuracy,
            ["ci95"] = new JsonArray(report.Interval.Low, report.Interval.High),
            ["no_answer_rate"] = report.NoAnswerRate,
            ["missing"] = report.Missing,
            ["why"] = why,
            ["items"] = items,
        };
    }

    /// <summary>
    /// A Markdown summary followed by one table row per item (at most <paramref name="maxRows"/>);
    /// <paramref name="extraSummary"/> lines (e.g. a generation run's truncation rate) follow the no-answer line.
    /// </summary>
    public static string ToMarkdown(EvalReport report, int maxRows = int.MaxValue, IReadOnlyList<string>? extraSummary = null)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## {report.Benchmark}\n\n");
        sb.Append(CultureInfo.InvariantCulture,
            $"- accuracy: {report.Accuracy:P2} ({report.Correct}/{report.Count}), 95% bootstrap CI [{report.Interval.Low:P2}, {report.Interval.High:P2}]\n");
        sb.Append(CultureInfo.InvariantCulture, $"- no-answer rate: {report.NoAnswerRate:P2}; missing predictions: {report.Missing}\n");
        foreach (var line in extraSummary ?? [])
            sb.Append("- ").Append(line).Append('\n');
        sb.Append("- why: ").AppendJoin(", ", report.WhyCounts.Select(kv => $"{kv.Key} {kv.Value}")).Append("\n\n");
        sb.Append("| id | reference | extracted | equal | why |\n| --- | --- | --- | --- | --- |\n");
        foreach (var i in report.Items.Take(maxRows))
            sb.Append(CultureInfo.InvariantCulture,
                $"| {Cell(i.Id)} | {Cell(i.Reference)} | {Cell(i.Extracted ?? "—")} | {(i.Equal ? "yes" : "no")} | {i.Why} |\n");
        if (report.Items.Count > maxRows)
            sb.Append(CultureInfo.InvariantCulture, $"\n({report.Items.Count - maxRows} more rows in the JSON report)\n");
        return sb.ToString();
    }

    private static string Cell(string text)
    {
        var flat = text.Replace("\r", " ").Replace("\n", " ").Replace("|", "\\|");
        return flat.Length <= 80 ? flat : flat[..77] + "...";
    }
}

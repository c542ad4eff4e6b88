using System.Globalization;
using System.Text.Json.Nodes;
using Psr.Eval.Evaluation;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>Renders a <see cref="ServedEvalResult"/>: the usual evaluation report plus truncation and generation counts.</summary>
public static class ServedEvalReportWriter
{
    /// <summary>The <see cref="EvalReportWriter.ToJson"/> object with <c>truncation_rate</c>, counts and settings added.</summary>
    public static JsonObject ToJson(ServedEvalResult result)
    {
        var json = EvalReportWriter.ToJson(result.Report);
        json["truncated"] = result.Truncated;
        json["truncation_rate"] = result.TruncationRate;
        json["generated"] = result.Generated;
        json["resumed"] = result.Resumed;
        json["outputs"] = result.OutputsPath;
        json["settings"] = result.Settings.ToJson();
        return json;
    }

    /// <summary>The Markdown report with the truncation rate and the run's counts after the no-answer rate.</summary>
    public static string ToMarkdown(ServedEvalResult result)
    {
        var s = result.Settings;
        var evaluated = result.Generated + result.Resumed;
        string[] lines =
        [
            string.Create(CultureInfo.InvariantCulture,
                $"truncation rate (finish_reason length): {result.TruncationRate:P2} ({result.Truncated}/{evaluated}) at max_tokens {s.MaxTokens}"),
            string.Create(CultureInfo.InvariantCulture,
                $"outputs: {result.OutputsPath} ({result.Generated} generated now, {result.Resumed} from an earlier run)"),
            $"source: {s.Source}; template {s.Template.ToString().ToLowerInvariant()}; api {s.Api.ToString().ToLowerInvariant()}; greedy",
        ];
        return EvalReportWriter.ToMarkdown(result.Report, extraSummary: lines);
    }
}

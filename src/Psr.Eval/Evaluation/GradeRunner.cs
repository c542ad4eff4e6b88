using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Eval.Extraction;
using Psr.Eval.Grading;

namespace Psr.Eval.Evaluation;

/// <summary>
/// The logic of <c>psr grade</c>: reads JSONL lines with <c>reference</c> and <c>prediction</c> or <c>output</c>, writes
/// each line back (other fields pass through) with <c>extracted</c> (for <c>output</c>), <c>equal</c> and <c>why</c>,
/// in input order, and a summary on the log. A malformed line is a <see cref="PsrException"/> naming its number,
/// unless <see cref="GradeRunOptions.SkipInvalid"/>.
/// </summary>
public sealed class GradeRunner(GradeRunOptions options)
{
    private readonly AnswerGrader _grader = new(options.Grade);

    /// <summary>Grades every line of <paramref name="input"/> to <paramref name="output"/>; the summary goes to <paramref name="log"/>.</summary>
    public GradeRunSummary Run(TextReader input, string source, TextWriter output, TextWriter log)
    {
        int count = 0, equal = 0, skipped = 0;
        void Skip(int line, string reason)
        {
            log.WriteLine($"psr grade: skipped {source}:{line}: {reason}");
            skipped++;
        }
        foreach (var line in Jsonl.Read(input, source, options.SkipInvalid ? Skip : null))
        {
            var graded = GradeLine(line, source, options.SkipInvalid ? Skip : null);
            if (graded is null)
                continue;
            output.Write(graded.ToJsonString() + "\n");
            count++;
            if (graded["equal"]!.GetValue<bool>())
                equal++;
        }
        output.Flush();
        var summary = new GradeRunSummary(count, equal, skipped);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"psr grade: {summary.Count} graded, {summary.Equal} equal, accuracy {summary.Accuracy:F4}, {summary.Skipped} skipped"));
        return summary;
    }

    private JsonObject? GradeLine(JsonlLine line, string source, Action<int, string>? onInvalid)
    {
        var obj = line.Value;
        var problem = Problem(obj);
        if (problem is not null)
        {
            if (onInvalid is null)
                throw new PsrException($"{source}:{line.LineNumber}: {problem}");
            onInvalid(line.LineNumber, problem);
            return null;
        }
        var reference = Text(obj["reference"]!);
        string? answer;
        if (obj.ContainsKey("output"))
        {
            answer = obj["output"] is { } o ? AnswerExtractor.Extract(Text(o), options.Extract) : null;
            obj["extracted"] = answer;
        }
        else
            answer = obj["prediction"] is { } p ? Text(p) : null;
        var verdict = _grader.Grade(answer, reference);
        obj["equal"] = verdict.Equal;
        obj["why"] = verdict.Why;
        return obj;
    }

    private static string? Problem(JsonObject obj)
    {
        if (obj["reference"] is not { } reference || !IsText(reference))
            return "field 'reference' must be a string or number";
        var hasOutput = obj.ContainsKey("output");
        var hasPrediction = obj.ContainsKey("prediction");
        if (!hasOutput && !hasPrediction)
            return "needs a 'prediction' or an 'output' field";
        var field = hasOutput ? "output" : "prediction";
        return obj[field] is { } value && !IsText(value) ? $"field '{field}' must be a string, number or null" : null;
    }

    private static bool IsText(JsonNode node) => node.GetValueKind() is JsonValueKind.String or JsonValueKind.Number;

    private static string Text(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}

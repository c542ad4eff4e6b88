using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.IO;
using Psr.Roles;
using Psr.Pipeline.SeedData;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;
using Psr.World.Eft;

namespace Psr.Extensions.External.Exports;

/// <summary>
/// Writes M1's seed data (IFT solutions, then EFT judge examples) as one TRL SFT file, <c>sft.jsonl</c>, for an
/// external trainer: <see cref="ExportFormat.Trl"/> = standard prompt-completion rows (strings),
/// <see cref="ExportFormat.TrlConversational"/> = conversational prompt-completion rows (<c>{role, content}</c>
/// arrays). IFT: prompt = the policy prompt of the question (Figure 4 + <c>Step 1:</c> in paper style), completion =
/// the whole gold solution. EFT: prompt = the judge prompt (Figure 5 in paper style, the compact prompt otherwise),
/// completion = the stored target (the annotator's explanation and verdict). Written atomically.
/// </summary>
public sealed class SeedSftExporter(PromptStyle style)
{
    /// <summary>The exported file's name.</summary>
    public const string FileName = "sft.jsonl";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The formats this exporter writes.</summary>
    public static bool Supports(ExportFormat format) => ExternalTrainerConfig.SupportsSft(format);

    /// <summary>Writes <c>sft.jsonl</c> into <paramref name="outDir"/>; returns its path.</summary>
    public string Export(IEnumerable<(string Question, IReadOnlyList<string> Steps)> ift, IEnumerable<EftExample> eft, ExportFormat format, string outDir)
    {
        if (!Supports(format))
            throw new ArgumentOutOfRangeException(nameof(format), format, "SFT export writes Trl or TrlConversational");
        Directory.CreateDirectory(outDir);
        var conversational = format == ExportFormat.TrlConversational;
        var rows = ift.Select(s => Row(StepPromptText.Instruction(style, s.Question), Solution(s.Steps), conversational))
            .Concat(eft.Select(e => Row(JudgePrompt(e), e.Target, conversational, judge: true)));
        var path = Path.Combine(outDir, FileName);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            foreach (var row in rows)
                writer.Write(row.ToJsonString(Json) + "\n");
        });
        return path;
    }

    /// <summary>The whole solution as the policy writes it after the instruction (paper: <c>Step 1:…\nStep n:…</c>).</summary>
    public string Solution(IReadOnlyList<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var text = StepPromptText.Prefix(style, steps);
        if (style == PromptStyle.Paper)
            text = text[..text.LastIndexOf("Step ", StringComparison.Ordinal)]; // the next step's header
        return text.TrimEnd('\n');
    }

    private string JudgePrompt(EftExample e)
    {
        if (style != PromptStyle.Paper)
            return e.Prompt;
        var (question, previous) = EftPromptParts.Read(e);
        return JudgePromptText.Paper(new StepComparison(e.ProblemId, question, previous, e.CandidateA, e.CandidateB, 0));
    }

    /// <summary>
    /// One row. A standard policy row's prompt ends where the completion starts (paper: after the separator); the
    /// conversational row puts the instruction in the user turn and the whole answer in the assistant turn.
    /// </summary>
    private JsonObject Row(string instruction, string answer, bool conversational, bool judge = false)
    {
        if (conversational)
            return new JsonObject
            {
                ["prompt"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = instruction }),
                ["completion"] = new JsonArray(new JsonObject { ["role"] = "assistant", ["content"] = answer }),
            };
        var prompt = judge ? instruction : instruction + StepPromptText.Separator(style);
        return new JsonObject { ["prompt"] = prompt, ["completion"] = answer };
    }
}

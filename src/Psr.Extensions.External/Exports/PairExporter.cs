using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.IO;
using Psr.Pipeline.Search;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;

namespace Psr.Extensions.External.Exports;

/// <summary>
/// Writes a run's step pairs (and the chosen steps as SFT data) in a Python trainer's layout. Every file is written
/// atomically; rows keep the pairs' order.
/// </summary>
public sealed class PairExporter(PromptStyle style, string datasetName = "psr_step_pairs")
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>Writes <paramref name="pairs"/> in <paramref name="format"/> into <paramref name="outDir"/>.</summary>
    public ExportSummary Export(IReadOnlyList<StepPair> pairs, ExportFormat format, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var files = format switch
        {
            ExportFormat.Trl => [
                Write(outDir, "preference.jsonl", pairs.Select(p => ExportRows.TrlPreference(p, style))),
                Write(outDir, "sft.jsonl", pairs.Select(p => ExportRows.TrlSft(p, style)))],
            ExportFormat.TrlConversational => [
                Write(outDir, "preference.jsonl", pairs.Select(p => ExportRows.TrlConversationalPreference(p, style))),
                Write(outDir, "sft.jsonl", pairs.Select(p => ExportRows.TrlConversationalSft(p, style)))],
            ExportFormat.LlamaFactory => LlamaFactory(pairs, outDir),
            ExportFormat.StepDpo => [Write(outDir, "step_dpo.jsonl", pairs.Select(p => ExportRows.StepDpo(p, style, datasetName)))],
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
        };
        return new ExportSummary(files, pairs.Count);
    }

    /// <summary>The <c>dataset_info.json</c> entries of the three LLaMA-Factory files.</summary>
    public JsonObject LlamaFactoryDatasetInfo() => new()
    {
        [datasetName + "_alpaca"] = new JsonObject
        {
            ["file_name"] = datasetName + "_alpaca.jsonl",
            ["ranking"] = true,
            ["columns"] = new JsonObject { ["prompt"] = "instruction", ["query"] = "input", ["chosen"] = "chosen", ["rejected"] = "rejected" },
        },
        [datasetName + "_sharegpt"] = new JsonObject
        {
            ["file_name"] = datasetName + "_sharegpt.jsonl",
            ["formatting"] = "sharegpt",
            ["ranking"] = true,
            ["columns"] = new JsonObject { ["messages"] = "conversations", ["chosen"] = "chosen", ["rejected"] = "rejected" },
        },
        [datasetName + "_sft"] = new JsonObject
        {
            ["file_name"] = datasetName + "_sft.jsonl",
            ["columns"] = new JsonObject { ["prompt"] = "instruction", ["query"] = "input", ["response"] = "output" },
        },
    };

    private List<string> LlamaFactory(IReadOnlyList<StepPair> pairs, string outDir)
    {
        var info = Path.Combine(outDir, "dataset_info.json");
        AtomicFile.WriteAllText(info, LlamaFactoryDatasetInfo().ToJsonString(Indented) + "\n");
        return
        [
            Write(outDir, datasetName + "_alpaca.jsonl", pairs.Select(p => ExportRows.LlamaFactoryAlpaca(p, style))),
            Write(outDir, datasetName + "_sharegpt.jsonl", pairs.Select(p => ExportRows.LlamaFactorySharegpt(p, style))),
            Write(outDir, datasetName + "_sft.jsonl", pairs.Select(p => ExportRows.LlamaFactorySft(p, style))),
            info,
        ];
    }

    private static string Write(string outDir, string name, IEnumerable<JsonObject> rows)
    {
        var path = Path.Combine(outDir, name);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            foreach (var row in rows)
                writer.Write(row.ToJsonString(Json) + "\n");
        });
        return path;
    }
}

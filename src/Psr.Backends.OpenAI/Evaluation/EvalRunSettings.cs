using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Backends.OpenAI.Client;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>
/// What the outputs of a run folder depend on, kept in <c>eval-run.json</c>: a rerun resumes the folder only when
/// they match, so one <c>outputs.jsonl</c> never mixes two models, prompts or token caps. Concurrency and the item
/// limit are not part of it (they do not change any output).
/// </summary>
/// <param name="Benchmark">Benchmark name, or the full path of a JSONL benchmark.</param>
/// <param name="Source">The completion source's identity.</param>
/// <param name="Template">Prompt template.</param>
/// <param name="Api">Prompt shape (raw text or chat).</param>
/// <param name="MaxTokens">Token cap.</param>
/// <param name="Stop">Stop strings.</param>
public sealed record EvalRunSettings(string Benchmark, string Source, EvalTemplate Template, EndpointApi Api, int MaxTokens, IReadOnlyList<string> Stop)
{
    /// <summary>The settings file's name inside a run folder.</summary>
    public const string FileName = "eval-run.json";

    /// <summary>The settings as JSON.</summary>
    public JsonObject ToJson() => new()
    {
        ["benchmark"] = Benchmark,
        ["source"] = Source,
        ["template"] = Template.ToString().ToLowerInvariant(),
        ["api"] = Api.ToString().ToLowerInvariant(),
        ["max_tokens"] = MaxTokens,
        ["stop"] = new JsonArray(Stop.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
    };

    /// <summary>
    /// Writes the settings into <paramref name="directory"/> when it has none; otherwise checks that they match and
    /// throws one line naming every field that differs.
    /// </summary>
    public void WriteOrCheck(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var mine = ToJson();
        if (!File.Exists(path))
        {
            AtomicFile.WriteAllText(path, mine.ToJsonString(new() { WriteIndented = true }) + "\n");
            return;
        }
        var theirs = Read(path);
        var differences = mine
            .Where(kv => !JsonNode.DeepEquals(kv.Value, theirs[kv.Key]))
            .Select(kv => $"{kv.Key} {theirs[kv.Key]?.ToJsonString() ?? "missing"} there, {kv.Value?.ToJsonString()} now")
            .ToList();
        if (differences.Count > 0)
            throw new PsrException($"{path}: the folder holds outputs of other settings ({string.Join("; ", differences)}); use another --out");
    }

    private static JsonObject Read(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new PsrException($"{path}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: malformed JSON ({e.Message.Split('\n')[0]})");
        }
    }
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Psr.Cli.Tests.Runs;

/// <summary>
/// Every file of a run directory, by relative path, with only wall-clock timings blanked out: manifests' start/finish
/// times and seconds, the report's stage-time column, and the profile's measured parts (the start-up matmul peak,
/// seconds inside hot loops, rates, the rendered profile tables), and the counts that depend on how prompts were
/// batched (padded prefill tokens, decoding row slots, batch fill). With <c>ignoreAttempts</c>, also the attempt
/// counts (a resumed stage is meant to count its resumes) and the work per stage (summed over the attempts that
/// reached an end, so a killed attempt's work is missing and a redone item counts twice). Progress logs
/// (<c>progress.jsonl</c>, <c>*.progress.jsonl</c>) compare as their distinct lines in sorted order, because a resumed
/// stage may append a redone item again (its later copy wins) and search lanes append in finish order — each item's
/// record must be identical.
/// </summary>
internal static partial class RunArtifacts
{
    private static readonly HashSet<string> TimingKeys = new(StringComparer.Ordinal)
    {
        "startedUtc", "finishedUtc", "seconds", "measuredUtc", "peakGflops", "trainSeconds", "sampleSeconds", "mfu", "hotLoopShare", "totalSeconds",
    };

    // Search lanes take questions from one queue as their threads get to it, so which prompts share a batch, and with it
    // the padded prefill tokens, the decoding row slots and the fill, varies between identical runs; the sampled tokens
    // and every result do not.
    private static readonly HashSet<string> BatchingKeys = new(StringComparer.Ordinal) { "prefillTokens", "decodeSlots", "batchFill" };

    private static bool IsTiming(string key) =>
        TimingKeys.Contains(key) || BatchingKeys.Contains(key) || key.EndsWith("PerSecond", StringComparison.Ordinal);

    private static bool IsAttemptDependent(string key) => key is "attempts" or "work" or "profile" or "batchFill";

    /// <summary>Relative path → normalised content (text) or SHA-256 (binary).</summary>
    public static SortedDictionary<string, string> Snapshot(string root, bool ignoreAttempts)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            all[relative] = Path.GetExtension(path) switch
            {
                ".json" => Json(File.ReadAllText(path), ignoreAttempts),
                ".jsonl" when IsProgressLog(relative) => DistinctLines(path, ignoreAttempts),
                ".jsonl" => string.Join('\n', File.ReadAllLines(path).Select(l => Json(l, ignoreAttempts))),
                ".html" or ".md" => Html(File.ReadAllText(path), ignoreAttempts),
                _ => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))),
            };
        }
        return all;
    }

    /// <summary>
    /// Work done so far: lines in progress logs (finished questions, batches, SFT steps) plus stage manifests. Read
    /// while psr writes, so files are opened shared and a folder cleared meanwhile counts as nothing.
    /// </summary>
    public static long WorkUnits(string root)
    {
        var stages = Path.Combine(root, "stages");
        if (!Directory.Exists(stages))
            return 0;
        long units = 0;
        foreach (var path in Directory.EnumerateFiles(stages, "*", SearchOption.AllDirectories))
        {
            if (path.EndsWith("manifest.json", StringComparison.Ordinal))
                units++;
            else if (IsProgressLog(path))
                units += NewLines(path);
        }
        return units;
    }

    private static bool IsProgressLog(string path) =>
        Path.GetFileName(path) == "progress.jsonl" || path.EndsWith(".progress.jsonl", StringComparison.Ordinal);

    private static long NewLines(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = new byte[stream.Length];
            stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return bytes.AsSpan().Count((byte)'\n');
        }
        catch (FileNotFoundException)
        {
            return 0; // the stage folder was cleared between listing and opening: nothing done there yet
        }
        catch (DirectoryNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>The paths whose content differs (or exists on one side only).</summary>
    public static List<string> Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual) =>
        expected.Keys.Union(actual.Keys)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a)
            .Order(StringComparer.Ordinal).ToList();

    private static string DistinctLines(string path, bool ignoreAttempts) =>
        string.Join('\n', File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => Json(l, ignoreAttempts)).Distinct().Order(StringComparer.Ordinal));

    private static string Json(string text, bool ignoreAttempts)
    {
        var node = JsonNode.Parse(text);
        Strip(node, ignoreAttempts);
        return node?.ToJsonString() ?? "null";
    }

    private static void Strip(JsonNode? node, bool ignoreAttempts)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (IsTiming(key) || (ignoreAttempts && IsAttemptDependent(key)))
                        o.Remove(key);
                    else
                        Strip(o[key], ignoreAttempts);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                    Strip(item, ignoreAttempts);
                break;
        }
    }

    /// <summary>Blanks the report's stage-time cells (seconds; attempts when ignored), total stage time and the profile.</summary>
    private static string Html(string text, bool ignoreAttempts)
    {
        text = ProfileSection().Replace(text, "(profile)");
        text = StageRow().Replace(text, m => $"{m.Groups["head"].Value}<td>…</td><td>{(ignoreAttempts ? "…" : m.Groups["attempts"].Value)}</td></tr>");
        return TotalTime().Replace(text, "Total stage time: … s");
    }

    [GeneratedRegex(@"(?<head><tr><td>[0-9]{2}-[a-z-]+</td><td>(Done|Running)</td>)<td>[^<]*</td><td>(?<attempts>[0-9]+)</td></tr>")]
    private static partial Regex StageRow();

    [GeneratedRegex(@"<!-- profile -->[\s\S]*?<!-- /profile -->|<h2>Profile</h2>[\s\S]*?</table>")]
    private static partial Regex ProfileSection();

    [GeneratedRegex(@"Total stage time: [0-9.]+ s")]
    private static partial Regex TotalTime();
}

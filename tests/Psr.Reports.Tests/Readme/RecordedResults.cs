using System.Text.Json;
using Psr.Pipeline.Stages;
using Psr.Roles;
using Psr.Testing;

namespace Psr.Reports.Tests.Readme;

/// <summary>
/// docs/results/*.json: what the README's result tables are computed from, exported from the measured runs by
/// docs/experiments/attempt-22/export_results.py: per run (e.g. <c>process-1</c>) and model (<c>M1</c>..), the greedy
/// correctness on every test problem in id order (hex, four problems a digit, the first in the highest bit) and the
/// judge's accuracy on the EFT test pairs, beside the greedy accuracy its summary.json gave; runs exported by
/// docs/experiments/attempt-33/export_results.py also hold, per EFT test pair in index order, how many of its two
/// orders the judge got right (<c>judgeCorrect</c>, one digit 0–2 a pair).
/// </summary>
internal sealed class RecordedResults
{
    private readonly Dictionary<string, Dictionary<string, (bool[] Greedy, double Summary, double? Judge, string? JudgeCorrect)>> _runs = new(StringComparer.Ordinal);

    private RecordedResults(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var problems = doc.RootElement.GetProperty("problems").GetInt32();
        foreach (var run in doc.RootElement.GetProperty("runs").EnumerateObject())
        {
            var models = new Dictionary<string, (bool[], double, double?, string?)>(StringComparer.Ordinal);
            foreach (var model in run.Value.GetProperty("models").EnumerateObject())
            {
                var judge = model.Value.GetProperty("judgeAccuracy");
                var perPair = model.Value.TryGetProperty("judgeCorrect", out var digits) && digits.ValueKind == JsonValueKind.String ? digits.GetString() : null;
                models[model.Name] = (Bits(model.Value.GetProperty("greedy").GetString()!, problems),
                    model.Value.GetProperty("greedyAccuracy").GetDouble(), judge.ValueKind == JsonValueKind.Null ? null : judge.GetDouble(), perPair);
            }
            _runs[run.Name] = models;
        }
    }

    /// <summary>Reads docs/results/<paramref name="name"/>.json from the repository.</summary>
    public static RecordedResults Load(string name) => Read(Path.Combine(Repository.Root(), "docs", "results", name + ".json"));

    /// <summary>Reads a results file.</summary>
    public static RecordedResults Read(string path) => new(path);

    /// <summary>Every recorded (run, model).</summary>
    public IEnumerable<(string Run, string Model)> Models => _runs.SelectMany(r => r.Value.Keys.Select(m => (r.Key, m)));

    /// <summary>The greedy accuracy the run's summary.json gave <paramref name="model"/> (0..1).</summary>
    public double SummaryAccuracy(string run, string model) => _runs[run][model].Summary;

    /// <summary>True when <paramref name="run"/> was recorded.</summary>
    public bool Has(string run) => _runs.ContainsKey(run);

    /// <summary>Greedy correctness of <paramref name="model"/> of <paramref name="run"/>, one value per test problem.</summary>
    public bool[] Greedy(string run, string model) => _runs[run][model].Greedy;

    /// <summary>The judge's accuracy on the EFT test pairs (0..1).</summary>
    public double Judge(string run, string model) => _runs[run][model].Judge ?? throw new InvalidOperationException($"{run} {model}: no judge accuracy recorded");

    /// <summary>
    /// The judge's records on the EFT test pairs as far as the export kept them: pair i's two orders, right as many
    /// times as its digit says (null when the run was exported without them).
    /// </summary>
    public IReadOnlyList<JudgeRecord>? JudgeRecords(string run, string model) =>
        _runs[run][model].JudgeCorrect is not { } digits ? null
            : digits.SelectMany((d, i) => new[]
            {
                new JudgeRecord(i, false, JudgeVerdict.A, d >= '1' ? JudgeVerdict.A : JudgeVerdict.B),
                new JudgeRecord(i, true, JudgeVerdict.B, d == '2' ? JudgeVerdict.B : JudgeVerdict.A),
            }).ToList();

    private static bool[] Bits(string hex, int count)
    {
        var bits = new bool[count];
        for (var i = 0; i < count; i++)
            bits[i] = (Convert.ToInt32(hex[i / 4].ToString(), 16) >> (3 - i % 4) & 1) == 1;
        return bits;
    }
}

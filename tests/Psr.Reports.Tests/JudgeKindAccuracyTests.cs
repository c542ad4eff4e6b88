using System.Text.Json;
using Psr.Core.Errors;
using Psr.Roles;
using Psr.Pipeline.Stages;
using Psr.World.Eft;
using Psr.World.Judging;

namespace Psr.Reports.Tests;

public sealed class JudgeKindAccuracyTests
{
    private static EftExample Pair(EftPairKind kind, string source) =>
        new("p", "prompt", "target", "a", "b", CandidateMark.Right, CandidateMark.Wrong, PairVerdict.A, kind, source);

    [Fact]
    public void Each_pair_is_named_by_its_wrong_steps_source_or_its_pair_kind()
    {
        Assert.Equal("WrongOperand", JudgeKindAccuracy.KindOf(Pair(EftPairKind.RightVsWrong, "WrongOperand")));
        Assert.Equal(JudgeKindAccuracy.SampledWrong, JudgeKindAccuracy.KindOf(Pair(EftPairKind.RightVsWrong, "sampled")));
        Assert.Equal(JudgeKindAccuracy.RightVsRight, JudgeKindAccuracy.KindOf(Pair(EftPairKind.RightVsRight, "")));
        Assert.Equal(JudgeKindAccuracy.BothWrong, JudgeKindAccuracy.KindOf(Pair(EftPairKind.WrongVsWrong, "OffBySmall+StepNumber")));
    }

    [Fact]
    public void Accuracy_is_counted_per_kind_and_per_order()
    {
        // Given three pairs: two wrong-operand pairs (3 of 4 calls right, the miss in the swapped order) and one tie (0 of 2)
        var pairs = new[] { Pair(EftPairKind.RightVsWrong, "WrongOperand"), Pair(EftPairKind.RightVsRight, ""), Pair(EftPairKind.RightVsWrong, "WrongOperand") };
        var records = new[]
        {
            new JudgeRecord(0, false, JudgeVerdict.A, JudgeVerdict.A), new JudgeRecord(0, true, JudgeVerdict.B, JudgeVerdict.A),
            new JudgeRecord(1, false, JudgeVerdict.Tie, JudgeVerdict.A), new JudgeRecord(1, true, JudgeVerdict.Tie, JudgeVerdict.B),
            new JudgeRecord(2, false, JudgeVerdict.A, JudgeVerdict.A), new JudgeRecord(2, true, JudgeVerdict.B, JudgeVerdict.B),
        };

        // When
        var kinds = JudgeKindAccuracy.From(records, pairs);

        // Then the kind with more calls comes first
        Assert.Equal(["WrongOperand", "RightVsRight"], kinds.Select(k => k.Kind));
        var operand = kinds[0];
        Assert.Equal((2, 4, 3, 0.75, 1.0, 0.5), (operand.Pairs, operand.Calls, operand.Correct, operand.Accuracy, operand.StoredOrderAccuracy, operand.SwappedOrderAccuracy));
        Assert.Equal((1, 2, 0, 0.0), (kinds[1].Pairs, kinds[1].Calls, kinds[1].Correct, kinds[1].Accuracy));
    }

    [Fact]
    public void A_record_without_a_pair_is_an_error_naming_the_file()
    {
        var e = Assert.Throws<PsrException>(() => JudgeKindAccuracy.From([new JudgeRecord(5, false, JudgeVerdict.A, JudgeVerdict.A)],
            [Pair(EftPairKind.RightVsWrong, "OffBySmall")], "run/eft-test.jsonl"));
        Assert.Contains("run/eft-test.jsonl", e.Message);
        Assert.Contains("index 5", e.Message);
    }
}

/// <summary>The per-kind judge accuracy in report.json against judge.jsonl and eft-test.jsonl parsed independently.</summary>
public sealed class JudgeKindRecomputationTests(TinyReportRun run) : IClassFixture<TinyReportRun>
{
    private static List<JsonElement> Lines(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Report_json_per_kind_accuracy_matches_the_joined_records()
    {
        // Given the EFT test pairs and the report
        var pairs = Lines(Path.Combine(run.Root, "stages", "00-eft", "eft-test.jsonl"));
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Root, RunReport.JsonFile))).RootElement;
        string Kind(JsonElement p) => p.GetProperty("kind").GetString() switch
        {
            "RightVsRight" => "RightVsRight",
            "WrongVsWrong" => "BothWrong",
            _ => p.GetProperty("wrongSource").GetString() == "sampled" ? "SampledWrong" : p.GetProperty("wrongSource").GetString()!,
        };

        foreach (var (m, i) in report.GetProperty("models").EnumerateArray().Select((m, i) => (m, i)))
        {
            // When the model's verdicts are grouped by their pair's kind
            var judge = Lines(Path.Combine(run.Root, "stages", $"{i + 1:D2}-evaluate", "judge.jsonl"));
            var expected = judge.GroupBy(r => Kind(pairs[r.GetProperty("index").GetInt32()]))
                .ToDictionary(g => g.Key, g => (Calls: g.Count(), Correct: g.Count(r => r.GetProperty("verdict").GetString() == r.GetProperty("expected").GetString())));

            // Then every kind and count is the report's, and the calls add up to all of judge.jsonl
            var kinds = m.GetProperty("judgeByKind").EnumerateArray().ToList();
            Assert.Equal(expected.Count, kinds.Count);
            foreach (var k in kinds)
            {
                var e = expected[k.GetProperty("kind").GetString()!];
                Assert.Equal(e.Calls, k.GetProperty("calls").GetInt32());
                Assert.Equal(e.Correct, k.GetProperty("correct").GetInt32());
                Assert.Equal(e.Correct / (double)e.Calls, k.GetProperty("accuracy").GetDouble(), 12);
            }
            Assert.Equal(judge.Count, kinds.Sum(k => k.GetProperty("calls").GetInt32()));
        }
    }

    [Fact]
    public void Html_and_markdown_show_the_per_kind_table()
    {
        var html = File.ReadAllText(Path.Combine(run.Root, RunReport.HtmlFile));
        Assert.Contains("id=\"judge-kinds\"", html, StringComparison.Ordinal);
        var first = run.Report.Models[0].JudgeByKind![0];
        Assert.Contains($"<td>{first.Kind}</td>", html, StringComparison.Ordinal);
        Assert.Contains("| " + first.Kind + " |", ReportMarkdown.Render(run.Report), StringComparison.Ordinal);
    }
}

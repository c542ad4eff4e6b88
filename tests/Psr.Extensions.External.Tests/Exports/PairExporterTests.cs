using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Extensions.External.Exports;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;

namespace Psr.Extensions.External.Tests.Exports;

public sealed class PairExporterTests : IDisposable
{
    private static readonly StepPair[] Pairs =
    [
        new("q1", "What is 2+3?", [], " 2+3=5", " 2+3=6", 5, 0, false, false, 0),
        new("q2", "Solve x+1=4.", [" x=4-1", " x=3"], " The answer is \\boxed{3}.", " x=2", 4, 1, true, false, 2),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("psr-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<ExportFormat, PromptStyle> Formats()
    {
        var data = new TheoryData<ExportFormat, PromptStyle>();
        foreach (var format in Enum.GetValues<ExportFormat>())
            foreach (var style in Enum.GetValues<PromptStyle>())
                data.Add(format, style);
        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_row_has_exactly_the_documented_fields_and_types(ExportFormat format, PromptStyle style)
    {
        // Given two pairs / When they are exported
        var summary = new PairExporter(style).Export(Pairs, format, _dir);

        // Then every JSONL row of every file matches its format's schema, one row per pair
        var schemas = SchemasOf(format);
        foreach (var file in summary.Files.Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal)))
        {
            var rows = Rows(file);
            Assert.Equal(Pairs.Length, rows.Count);
            Assert.All(rows, r => ExportSchemas.Check(r, schemas[Path.GetFileName(file)]));
        }
        Assert.Equal(schemas.Keys.Order(), summary.Files.Select(Path.GetFileName).Where(f => f!.EndsWith(".jsonl", StringComparison.Ordinal)).Order());
    }

    [Theory]
    [InlineData(PromptStyle.Lines)]
    [InlineData(PromptStyle.Paper)]
    public void A_trl_prompt_followed_by_its_chosen_step_is_the_policys_next_prompt(PromptStyle style)
    {
        // Given the pair with two previous steps
        var row = ExportRows.TrlPreference(Pairs[1], style);

        // When the chosen step is appended to the prompt
        var text = (string)row["prompt"]! + (string)row["chosen"]!;

        // Then that is exactly how the policy's prompt for the following step begins
        Assert.StartsWith(text, StepPromptText.Prompt(style, Pairs[1].Question, [.. Pairs[1].PreviousSteps, Pairs[1].Chosen]));
        Assert.Contains(Pairs[1].Question, (string)row["prompt"]!);
    }

    [Fact]
    public void Conversational_prompts_continue_a_partial_assistant_turn_only_when_there_are_steps()
    {
        // Given lines-style rows of a first step and of a later step
        var first = ExportRows.TrlConversationalPreference(Pairs[0], PromptStyle.Lines)["prompt"]!.AsArray();
        var later = ExportRows.TrlConversationalPreference(Pairs[1], PromptStyle.Lines)["prompt"]!.AsArray();

        // Then the first ends with the user turn and the later one with the steps as an assistant turn
        Assert.Equal("user", (string)first[^1]!["role"]!);
        Assert.Equal("assistant", (string)later[^1]!["role"]!);
        Assert.Equal(" x=4-1\n x=3\n", (string)later[^1]!["content"]!);
    }

    [Fact]
    public void Step_dpo_rows_split_the_step_header_off_the_previous_steps()
    {
        // Given a paper-style pair with two previous steps / When it becomes a Step-DPO row
        var row = ExportRows.StepDpo(Pairs[1], PromptStyle.Paper, "psr");

        // Then the question is raw, the steps end with a newline and chosen carries "Step 3:"
        Assert.Equal("Solve x+1=4.", (string)row["prompt"]!);
        Assert.Equal("Step 1: x=4-1\nStep 2: x=3\n", (string)row["initial_reason_steps"]!);
        Assert.Equal("Step 3: The answer is \\boxed{3}.", (string)row["chosen"]!);
        Assert.Equal("Step 3: x=2", (string)row["rejected"]!);
    }

    [Fact]
    public void The_llamafactory_dataset_info_points_at_existing_files_and_columns()
    {
        // Given a LLaMA-Factory export
        var exporter = new PairExporter(PromptStyle.Paper, "mine");
        exporter.Export(Pairs, ExportFormat.LlamaFactory, _dir);

        // When dataset_info.json is read
        var info = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "dataset_info.json")))!.AsObject();

        // Then each entry names a written file whose rows have every mapped column, and ranking is a JSON true
        Assert.Equal(["mine_alpaca", "mine_sft", "mine_sharegpt"], info.Select(kv => kv.Key).Order());
        foreach (var (_, entry) in info)
        {
            var row = Rows(Path.Combine(_dir, (string)entry!["file_name"]!))[0];
            Assert.All(entry["columns"]!.AsObject(), c => Assert.True(row.ContainsKey((string)c.Value!), (string)c.Value!));
        }
        Assert.True((bool)info["mine_alpaca"]!["ranking"]!);
        Assert.Equal("sharegpt", (string)info["mine_sharegpt"]!["formatting"]!);
    }

    [Fact]
    public void Pairs_are_read_from_every_stage_of_a_run_in_order()
    {
        // Given a run folder with pairs in two stages, written the way SearchStage writes them
        ArtifactJsonl.Write(Stage("02-search"), [Pairs[1]]);
        ArtifactJsonl.Write(Stage("01-search"), [Pairs[0]]);

        // When they are loaded
        var pairs = RunPairs.Load(_dir);

        // Then both come back, stage by stage, field for field
        Assert.Equal(Pairs, pairs, (a, b) => a == b || (a.QuestionId == b.QuestionId && a.PreviousSteps.SequenceEqual(b.PreviousSteps) && a with { PreviousSteps = [] } == b with { PreviousSteps = [] }));
    }

    [Fact]
    public void A_malformed_pairs_line_is_an_error_naming_file_and_line()
    {
        // Given a pairs file whose second line is broken
        var path = Stage("01-search");
        File.WriteAllText(path, "{\"questionId\":\"q\",\"question\":\"x\",\"previousSteps\":[],\"chosen\":\"a\",\"rejected\":\"b\",\"chosenScore\":1,\"rejectedScore\":0,\"chosenFinal\":false,\"rejectedFinal\":false,\"expansion\":0}\n{\"questionId\":\n");

        // When it is loaded / Then the error names the file and line 2
        var e = Assert.Throws<PsrException>(() => RunPairs.Load(_dir));
        Assert.Contains("pairs.jsonl:2", e.Message);
    }

    private string Stage(string name)
    {
        var dir = Path.Combine(_dir, "stages", name);
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, SearchStage.PairsFile);
    }

    private static List<JsonObject> Rows(string file) =>
        File.ReadLines(file).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    private static Dictionary<string, Dictionary<string, string>> SchemasOf(ExportFormat format) => format switch
    {
        ExportFormat.Trl => new() { ["preference.jsonl"] = ExportSchemas.TrlPreference, ["sft.jsonl"] = ExportSchemas.TrlSft },
        ExportFormat.TrlConversational => new() { ["preference.jsonl"] = ExportSchemas.TrlConversationalPreference, ["sft.jsonl"] = ExportSchemas.TrlConversationalSft },
        ExportFormat.LlamaFactory => new()
        {
            ["psr_step_pairs_alpaca.jsonl"] = ExportSchemas.LlamaFactoryAlpacaRanking,
            ["psr_step_pairs_sharegpt.jsonl"] = ExportSchemas.LlamaFactorySharegptRanking,
            ["psr_step_pairs_sft.jsonl"] = ExportSchemas.LlamaFactoryAlpacaSft,
        },
        _ => new() { ["step_dpo.jsonl"] = ExportSchemas.StepDpo },
    };
}

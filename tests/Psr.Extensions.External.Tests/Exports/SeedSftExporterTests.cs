using System.Text.Json.Nodes;
using Psr.Extensions.External.Exports;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;
using Psr.World.Eft;
using Psr.World.Judging;

namespace Psr.Extensions.External.Tests.Exports;

public sealed class SeedSftExporterTests
{
    private static readonly EftExample Judge = new("p9", JudgePrompt.Format("What is 2+2?", ["2=2"], "2+2=4", "2+2=5"), "A is right. [[A]]",
        "2+2=4", "2+2=5", CandidateMark.Right, CandidateMark.Wrong, PairVerdict.A, EftPairKind.RightVsWrong, "sampled");

    private static List<JsonObject> Export(PromptStyle style, ExportFormat format, string dir)
    {
        var path = new SeedSftExporter(style).Export([("What is 2+2?", ["2=2", " 2+2=4"])], [Judge], format, dir);
        return File.ReadAllLines(path).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    [Theory]
    [InlineData(PromptStyle.Lines, "What is 2+2?\n", "2=2\n 2+2=4")]
    [InlineData(PromptStyle.Paper, StepPromptText.Figure4 + "What is 2+2?\n\n", "Step 1:2=2\nStep 2: 2+2=4")]
    public void A_standard_ift_row_is_the_question_prompt_and_the_whole_solution_as_the_policy_writes_it(PromptStyle style, string prompt, string completion)
    {
        // Given one solution / When exported in TRL's standard format
        using var dir = new TempDir();
        var ift = Export(style, ExportFormat.Trl, dir.Path)[0];

        // Then prompt + completion is the policy's text
        Assert.Equal(prompt, (string)ift["prompt"]!);
        Assert.Equal(completion, (string)ift["completion"]!);
    }

    [Fact]
    public void A_paper_style_judge_row_is_the_figure_5_prompt_with_the_annotators_explanation()
    {
        // Given an EFT example / When exported in paper style, conversational
        using var dir = new TempDir();
        var eft = Export(PromptStyle.Paper, ExportFormat.TrlConversational, dir.Path)[1];

        // Then the user turn is Figure 5 over the example's parts and the assistant turn its target
        var user = (string)eft["prompt"]![0]!["content"]!;
        Assert.StartsWith(JudgePromptText.Figure5, user, StringComparison.Ordinal);
        Assert.Contains("What is 2+2?\n\nStep 1: 2=2\n\n[The Start of Assistant A's Next Reasoning Step]\n2+2=4\n", user, StringComparison.Ordinal);
        Assert.Equal("assistant", (string)eft["completion"]![0]!["role"]!);
        Assert.Equal("A is right. [[A]]", (string)eft["completion"]![0]!["content"]!);
    }

    [Fact]
    public void A_lines_style_judge_row_keeps_the_compact_prompt_the_tiny_model_learns()
    {
        // Given an EFT example / When exported in lines style
        using var dir = new TempDir();
        var eft = Export(PromptStyle.Lines, ExportFormat.Trl, dir.Path)[1];

        // Then the row is exactly what psr's in-process Init trains on
        Assert.Equal(Judge.Prompt, (string)eft["prompt"]!);
        Assert.Equal(Judge.Target, (string)eft["completion"]!);
    }
}

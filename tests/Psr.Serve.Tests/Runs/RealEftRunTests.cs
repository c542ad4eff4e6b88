using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Psr.Backends.OpenAI.Tests.Fakes;
using Psr.Pipeline.Config;
using Psr.Extensions.External.Training;
using Psr.Extensions.RealData.RealEft;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;

namespace Psr.Serve.Tests.Runs;

/// <summary>
/// The whole loop with real-data EFT (served annotator and PRM on a scripted fake server, the base model's policy
/// in-process) and M1 trained by an external SFT command (a script copying the base model).
/// </summary>
[Collection(RunsCollection.Name)]
public sealed partial class RealEftRunTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-real-eft-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [GeneratedRegex(@"\[The Start of Assistant (A|B)'s Next Reasoning Step\]\n(.*)\n\[The End")]
    private static partial Regex Candidate();

    /// <summary>PRM: a step's P(+) from its characters. Annotator: the longer step wins; equal lengths always get [[A]].</summary>
    private static JsonObject Answer(string path, JsonObject body)
    {
        if (path == "/pooling")
        {
            var steps = ((string)body["input"]!).Split("<extra_0>")[..^1];
            var rows = new JsonArray(steps.Select(s => (JsonNode)new JsonArray(0.0, s.Sum(c => c) % 11 / 10.0)).ToArray());
            foreach (var row in rows)
                row![0] = 1 - (double)row[1]!;
            return new JsonObject { ["data"] = new JsonArray(new JsonObject { ["index"] = 0, ["data"] = rows }) };
        }
        var matches = Candidate().Matches((string)body["prompt"]!);
        var (a, b) = (matches[0].Groups[2].Value, matches[1].Groups[2].Value);
        return FakeOpenAiServer.Completion([($"A has {a.Length} characters, B {b.Length}. {(a.Length >= b.Length ? "[[A]]" : "[[B]]")}", null)]);
    }

    [Fact]
    public async Task A_run_with_real_eft_and_an_external_sft_init_finishes_and_m1_learns_from_and_is_judged_on_the_built_pairs()
    {
        // Given the tiny loop from the bigram base with real-data EFT over a fake annotator and PRM, and an SFT script
        await using var server = await FakeOpenAiServer.StartAsync(Answer);
        var baseModel = Path.Combine(_dir, "base");
        BigramBase.Save(baseModel);
        RoleBackendConfig Served(string model) => new()
        {
            Backend = ModelBackend.OpenAiCompatible, BaseUrl = server.BaseAddress.ToString(), Model = model, MaxRetries = 0, ApiKeyVariable = "PSR_NO_KEY",
        };
        var config = LoopRuns.Config(0.5, baseModel) with
        {
            Eft = new RealEftConfig
            {
                Enabled = true, MaxProblems = 12, PromptStyle = Psr.Roles.Prompts.PromptStyle.Lines, Width = 3, MaxDepth = 3, MaxStepTokens = 10,
                Scorer = StepScorerKind.PrmEndpoint, ScoreMargin = 0.2, TestFraction = 0.3, ProblemBatch = 5,
            },
            Backends = new BackendsConfig
            {
                Annotator = Served("annotator"), Prm = Served("prm"),
                Trainer = new ExternalTrainerConfig { SftCommand = "cp {base}/* {output}/", TimeoutMinutes = 2 },
            },
        };
        var root = Path.Combine(_dir, "run");

        // When psr's loop runs
        await LoopRuns.RunAsync(config, root);

        // Then EFT kept and dropped pairs with every count, M1 is the script's checkpoint trained on IFT + the kept
        // train pairs, and M1's judge accuracy was measured on the built test pairs
        var eft = LoopRuns.Manifests(root).Single(m => m.Stage == "eft").Counts;
        Assert.True(eft["pairsKept"] > 0 && eft["pairsKept"] < eft["candidatePairs"], $"kept {eft["pairsKept"]} of {eft["candidatePairs"]}");
        Assert.Equal(eft["candidatePairs"], eft["pairsKept"] + eft["pairsInconsistent"] + eft["pairsDisagreesWithPrm"] + eft["pairsNoPreference"] + eft["pairsUnparsed"]);
        Assert.Equal(2 * eft["candidatePairs"], eft["annotatorRequests"]);
        Assert.Equal(eft["train"] + eft["test"], eft["pairsKept"]);
        Assert.True(eft["train"] > 0 && eft["test"] > 0, $"train {eft["train"]}, test {eft["test"]}");
        var init = LoopRuns.Manifests(root).Single(m => m.Stage == "init").Counts;
        Assert.Equal(eft["train"], init["eftExamples"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(baseModel, "model.safetensors")), File.ReadAllBytes(Path.Combine(root, "stages/01-init/model/model.safetensors")));
        var judged = File.ReadAllLines(Path.Combine(root, "stages/01-evaluate/judge.jsonl")).Length;
        Assert.Equal(2 * eft["test"], judged);
        Assert.True(File.Exists(Path.Combine(root, ExternalInitStage.ModelArtifacts[1])));
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Psr.Backends.OpenAI.Roles;
using Psr.Backends.OpenAI.Tests.Fakes;
using Psr.Pipeline.Config;
using Psr.Extensions.RealData.RealEft;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Roles.Backends;
using Psr.World.Judging;

namespace Psr.Backends.OpenAI.Tests.Roles;

public sealed partial class RealEftOverHttpTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-real-eft-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// Policy: at step 1 alternately "2+2=4" and "2+2=5" (each ending at the next step header), at step 2 the final
    /// answer. PRM: P(+) 0.9 for a last step holding a 4, else 0.1. Annotator: explains and picks the step holding "=4".
    /// </summary>
    private static JsonObject Answer(string path, JsonObject body)
    {
        if (path == "/pooling")
        {
            var input = (string)body["input"]!;
            var steps = input.Split(QwenPrmSeparator)[..^1];
            var rows = new JsonArray(steps.Select(s => (JsonNode)new JsonArray(s.Contains('4') ? 0.1 : 0.9, s.Contains('4') ? 0.9 : 0.1)).ToArray());
            return new JsonObject { ["object"] = "list", ["model"] = "prm", ["data"] = new JsonArray(new JsonObject { ["index"] = 0, ["object"] = "pooling", ["data"] = rows }) };
        }
        var prompt = (string)body["prompt"]!;
        if ((string)body["model"]! == "annotator")
        {
            var a = CandidateA().Match(prompt).Groups[1].Value;
            return FakeOpenAiServer.Completion([($"Assistant A writes {a}. 2+2 is 4. {(a.Contains("=4") ? "[[A]]" : "[[B]]")}", null)]);
        }
        var n = (int)body["n"]!;
        var step = int.Parse(NextStep().Match(prompt).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return FakeOpenAiServer.Completion(Enumerable.Range(0, n).Select(i => step == 1
            ? (i % 2 == 0 ? " 2+2=4" : " 2+2=5", (string?)"\nStep ")
            : (" The answer is \\boxed{4}.", null)));
    }

    private const string QwenPrmSeparator = "<extra_0>";

    [GeneratedRegex(@"\[The Start of Assistant A's Next Reasoning Step\]\n(.*)\n\[The End of Assistant A's")]
    private static partial Regex CandidateA();

    [GeneratedRegex(@"Step (\d+):$")]
    private static partial Regex NextStep();

    [Fact]
    public async Task Real_eft_over_http_samples_scores_with_the_prm_endpoint_and_keeps_pairs_the_annotator_confirms_in_both_orders()
    {
        // Given a scripted OpenAI-compatible server for the policy, the annotator and the PRM
        await using var server = await FakeOpenAiServer.StartAsync(Answer);
        var url = server.BaseAddress.ToString().TrimEnd('/');
        RoleBackendConfig Served(string model) => new() { Backend = ModelBackend.OpenAiCompatible, BaseUrl = url, Model = model, MaxRetries = 0 };
        var config = new RunConfig
        {
            Eft = new RealEftConfig { Enabled = true, Width = 2, MaxDepth = 3, Scorer = StepScorerKind.PrmEndpoint, TestFraction = 0 },
            Backends = new BackendsConfig { Policy = Served("policy"), Annotator = Served("annotator"), Prm = Served("prm") },
        };
        config.Validate();
        using var roles = new EndpointEftRoles().OpenEft(config.Backends,
            new EftRoleOptions(config.Eft.PromptStyle, config.Eft.AnnotatorMaxTokens, config.Eft.AnnotatorTemperature), new RoleModel("M0", _dir));
        var problems = Enumerable.Range(0, 3).Select(i => new EftProblem($"q{i}", $"What is 2+2? ({i})", "4", [])).ToList();
        using var log = ProgressLog<RealEftProblemRecord>.Open(Path.Combine(_dir, "progress.jsonl"));

        // When real EFT is built through the served roles
        var result = await new RealEftBuilder(roles.Policy!, roles.Prm!, roles.Annotator!, config.Eft, 1).BuildAsync(problems, log, null, default);

        // Then each problem gives one pair at step 1 (2+2=4 over 2+2=5), kept with the annotator's own explanation,
        // the annotator saw the Figure 5 prompt in both orders, and the PRM saw the Qwen format
        Assert.Equal(3, result.Counts["pairsKept"]);
        Assert.Equal(3, result.Counts["nodesOneDistinctSibling"]);
        Assert.All(result.Train, e => Assert.Contains("2+2 is 4", e.Target, StringComparison.Ordinal));
        Assert.All(result.Train, e => Assert.Equal(e.Verdict == PairVerdict.A ? "2+2=4" : "2+2=5", e.CandidateA.Trim()));
        var annotator = server.Requests.Where(r => (string?)r.Body["model"] == "annotator").Select(r => (string)r.Body["prompt"]!).ToList();
        Assert.Equal(6, annotator.Count);
        Assert.All(annotator, p => Assert.StartsWith("Please act as an impartial judge", p, StringComparison.Ordinal));
        var pooling = server.Requests.Where(r => r.Path == "/pooling").Select(r => (string)r.Body["input"]!).ToList();
        Assert.Contains(pooling, p => p.Contains("<|im_start|>user\nWhat is 2+2? (0)<|im_end|>", StringComparison.Ordinal));
        Assert.Equal(3, roles.Counts()["annotatorRequests"] / 2);
    }
}

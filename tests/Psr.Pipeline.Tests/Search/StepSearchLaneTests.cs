using System.Text.Json;
using Psr.Core.Errors;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Fakes;
using Psr.Pipeline.WorldModels;
using Psr.Roles;
using static TorchSharp.torch;

namespace Psr.Pipeline.Tests.Search;

/// <summary><see cref="SearchConfig.Lanes"/>: several searches on their own threads, one shared queue.</summary>
[Collection(Psr.Pipeline.Tests.Lanes.TorchThreadSettingsCollection.Name)]
public sealed class StepSearchLaneTests
{
    private static readonly SearchQuestion[] Questions =
        Enumerable.Range(0, 50).Select(i => new SearchQuestion($"q{i:D2}", $"Question {i}")).ToArray();

    private static readonly SearchContext Context = new(RunSeed: 42, Round: 2, SearchMode.CollectPairs);

    private static readonly SearchConfig Batched = new() { Width = 4, ActiveQuestions = 3, PolicyBatchSize = 2, JudgeBatchSize = 5 };

    private static string Json(object value) => JsonSerializer.Serialize(value, ArtifactJson.Compact);

    [Fact]
    public async Task Four_lanes_give_the_same_results_as_one_and_call_the_roles_from_several_threads()
    {
        // Given the scripted world searched by one lane and by four (whose policy holds its first caller until a second
        // thread calls, so that the assertion on threads does not depend on how fast the lane threads start)
        var (policy1, judge1) = (new SeededPolicy(), new HashJudge());
        var policy4 = new SeededPolicy();
        var judge4 = new HashJudge();

        // When
        var one = await new StepSearch(policy1, judge1, Batched with { Lanes = 1 }).RunAllAsync(Questions, Context);
        var four = await new StepSearch(new GatedPolicy(policy4), judge4, Batched with { Lanes = 4 }).RunAllAsync(Questions, Context);

        // Then: identical results in input order; one lane used one thread, four lanes more than one
        Assert.Equal(Json(one), Json(four));
        Assert.Equal(Questions.Select(q => q.Id), four.Select(r => r.QuestionId));
        Assert.Single(policy1.Threads);
        Assert.True(policy4.Threads.Count > 1, $"threads: {policy4.Threads.Count}");
        Assert.True(policy4.PrefixesPerCall.Max() <= Batched.PolicyBatchSize);
    }

    [Fact]
    public async Task Every_question_is_yielded_exactly_once_across_the_lanes()
    {
        // Given
        var search = new StepSearch(new SeededPolicy(), new HashJudge(), Batched with { Lanes = 3 });

        // When the batches are read as they end
        var seen = new List<string>();
        await foreach (var batch in search.RunAsync(Questions, Context))
            seen.AddRange(batch.Select(r => r.QuestionId));

        // Then
        Assert.Equal(Questions.Select(q => q.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failing_lane_stops_the_search_with_its_own_error()
    {
        // Given a policy that fails on one question
        var search = new StepSearch(new FailingPolicy("q17"), new HashJudge(), Batched with { Lanes = 3 });

        // When / Then: the role's error reaches the caller (no hang, no silent end with questions missing)
        var error = await Assert.ThrowsAsync<PsrException>(() => search.RunAllAsync(Questions, Context));
        Assert.Contains("q17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_every_lane()
    {
        // Given a search that is cancelled after its first finished batch
        using var cts = new CancellationTokenSource();
        var search = new StepSearch(new SeededPolicy(), new HashJudge(), Batched with { Lanes = 3 });
        var batches = 0;

        // When / Then
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in search.RunAsync(Questions, Context, cts.Token))
            {
                batches++;
                await cts.CancelAsync();
            }
        });
        Assert.Equal(1, batches);
    }

    [Fact]
    public async Task Lanes_over_one_in_process_model_give_the_same_results_as_one_lane_and_leave_the_thread_default_as_it_was()
    {
        // Given an untrained one-layer world model as policy and judge
        var tokenizer = WorldTokenizer.Create();
        using var model = Qwen2ForCausalLM.Create(WorldModelShape.For(ModelSize.Tiny, tokenizer.VocabSize) with { NumHiddenLayers = 1 }, CPU, ModelDtype.Float32, 5);
        model.eval();
        var generator = new TextGenerator(model, tokenizer);
        var (policy, judge) = (new GeneratorStepPolicy(generator), new GeneratorStepJudge(generator, maxJudgeTokens: 8, temperature: 1.0));
        var config = new SearchConfig { Width = 3, MaxExpansions = 3, MaxStepTokens = 8, ActiveQuestions = 2 };
        var questions = Questions.Take(12).Select(q => q with { Text = "(8+3)*6+7=?" }).ToList();
        var threadsBefore = CountOnNewThread();

        // When one lane runs on a thread of its own with one intra-op thread, and three lanes as the stages run them
        IReadOnlyList<QuestionSearchResult> one, three;
        using (var lanes = LaneThreads.Open())
        {
            one = await Task.Factory.StartNew(() =>
            {
                lanes.EnterLane();
                return new StepSearch(policy, judge, config with { Lanes = 1 }).RunAllAsync(questions, Context).GetAwaiter().GetResult();
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            three = await new StepSearch(policy, judge, config with { Lanes = 3 }, lanes.EnterLane).RunAllAsync(questions, Context);
        }

        // Then the concurrent forwards over one model change nothing, the search really ran, and threads that start
        // later get the default intra-op count again (not the lanes' one)
        Assert.Equal(Json(one), Json(three));
        Assert.True(SearchCounters.Sum(three.Select(r => r.Counters)).JudgeCalls > 0);
        Assert.Equal(threadsBefore, CountOnNewThread());
    }

    private static int CountOnNewThread()
    {
        var count = 0;
        var thread = new Thread(() => count = IntraOpThreads.Current);
        thread.Start();
        thread.Join();
        return count;
    }

    [Fact]
    public void Lanes_are_validated_and_left_out_of_configuration_hashes()
    {
        // Given / When
        var negative = Record.Exception(() => new SearchConfig { Lanes = -1 }.Validate());

        // Then: a clear error; the default is not serialised (earlier runs' hashes hold) and any count hashes alike
        Assert.Contains("search.lanes", negative!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lanes", Json(new SearchConfig()), StringComparison.Ordinal);
        Assert.Equal(ArtifactJson.HashOf(new SearchConfig()), ArtifactJson.HashOf(SearchConfig.WithoutSpeed(new SearchConfig { Lanes = 3 })));
    }

    /// <summary>Holds the first caller until a second thread calls (or 10 s pass: lanes that never overlap fail the test).</summary>
    private sealed class GatedPolicy(SeededPolicy inner) : IStepPolicy
    {
        private readonly ManualResetEventSlim _second = new();
        private readonly Lock _gate = new();
        private int? _first;

        public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
            IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _first ??= Environment.CurrentManagedThreadId;
                if (_first != Environment.CurrentManagedThreadId)
                    _second.Set();
            }
            _second.Wait(TimeSpan.FromSeconds(10), cancellationToken);
            return inner.SampleAsync(prefixes, sampling, cancellationToken);
        }
    }

    private sealed class FailingPolicy(string failOn) : IStepPolicy
    {
        private readonly SeededPolicy _inner = new();

        public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
            IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken) =>
            prefixes.Any(p => p.QuestionId == failOn)
                ? throw new PsrException($"policy failed on {failOn}")
                : _inner.SampleAsync(prefixes, sampling, cancellationToken);
    }
}

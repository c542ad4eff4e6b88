using Psr.Training.Data;
using Psr.Training.Dpo;
using Psr.Training.Losses;
using Psr.Training.Optimization;
using Psr.Training.Tests.Fixtures;
using TorchSharp;

namespace Psr.Training.Tests.Dpo;

public sealed class StepDpoTrainerTests
{
    private static readonly StepDpoConfig Config = new()
    {
        Beta = 0.5,
        LearningRate = 1e-2,
        WarmupSteps = 1,
        Epochs = 4,
        BatchSize = 4,
        ReferenceBatchSize = 8,
        BucketBatches = 2,
        MaxSequenceTokens = 32,
        Seed = 5,
    };

    private readonly TestCharTokenizer _tokenizer = new();

    [Fact]
    public void Training_prefers_the_chosen_steps_and_changes_the_weights()
    {
        // Given a fresh model and 12 pairs, scored before training
        using var model = TinyModels.Create(seed: 2);
        var pairs = ToyData.StepPairs(12);
        var before = TinyModels.Snapshot(model);
        var encoded = pairs.Select(p => CompletionEncoder.Encode(_tokenizer, p, 32, EosPolicy.Omit)).ToArray();
        var start = ReferenceLogProbs.Compute(model, encoded, 16, _tokenizer.PadId);

        // When one round of 4 epochs runs
        var result = new StepDpoTrainer(model, _tokenizer, Config).Train(pairs);

        // Then the loss starts at log 2 (policy = reference), falls, and chosen gained on rejected
        var end = ReferenceLogProbs.Compute(model, encoded, 16, _tokenizer.PadId);
        var margin = Enumerable.Range(0, pairs.Count)
            .Average(i => (end.Chosen[i] - start.Chosen[i]) - (end.Rejected[i] - start.Rejected[i]));
        Assert.Equal(Math.Log(2), result.History[0].Loss, 3);
        Assert.True(result.History[^1].Loss < 0.4, $"loss {result.History[0].Loss} → {result.History[^1].Loss}");
        Assert.True(margin > 0, $"chosen − rejected log-prob change {margin}");
        Assert.Equal(1.0, result.History[^1].RewardAccuracy);
        Assert.True(result.History[^1].RewardMargin > 0);
        var after = TinyModels.Snapshot(model);
        Assert.All(before, p => Assert.NotEqual(p.Value, after[p.Key]));
    }

    [Fact]
    public void First_difference_span_scores_only_the_tokens_up_to_where_the_steps_part()
    {
        // Given "Step 1: 12 apples" vs "Step 1: 13 apples" (a shared tail after the differing digit) and a pair that
        // differs only in its last character
        using var model = TinyModels.Create(seed: 2);
        PreferenceExample[] examples = [new("Q 5+7\n", "Step 1: 12 apples", "Step 1: 13 apples"), new("Q 1+1\n", "Step 1: 2", "Step 1: 3")];
        var encoded = examples.Select(p => CompletionEncoder.Encode(_tokenizer, p, 64, EosPolicy.Omit)).ToArray();

        // When the reference log-probs are summed over both spans
        var whole = ReferenceLogProbs.Compute(model, encoded, 8, _tokenizer.PadId);
        var cut = ReferenceLogProbs.Compute(model, encoded, 8, _tokenizer.PadId, PreferenceTokens.ToFirstDifference);

        // Then the tail " apples" no longer counts (fewer negative terms), and nothing changes when there is no tail
        Assert.True(cut.Chosen[0] > whole.Chosen[0] + 1e-3, $"{cut.Chosen[0]} vs {whole.Chosen[0]}");
        Assert.True(cut.Rejected[0] > whole.Rejected[0] + 1e-3, $"{cut.Rejected[0]} vs {whole.Rejected[0]}");
        Assert.Equal(whole.Chosen[1], cut.Chosen[1], 5);
        Assert.Equal(whole.Rejected[1], cut.Rejected[1], 5);
    }

    [Fact]
    public void First_difference_training_still_prefers_the_chosen_steps()
    {
        // Given the pairs of the first test, trained with the preference cut at the first difference
        using var model = TinyModels.Create(seed: 2);
        var pairs = ToyData.StepPairs(12);
        var config = Config with { PreferenceTokens = PreferenceTokens.ToFirstDifference };
        var encoded = pairs.Select(p => CompletionEncoder.Encode(_tokenizer, p, 32, EosPolicy.Omit)).ToArray();
        var start = ReferenceLogProbs.Compute(model, encoded, 16, _tokenizer.PadId, config.PreferenceTokens);

        // When
        var result = new StepDpoTrainer(model, _tokenizer, config).Train(pairs);

        // Then the loss starts at log 2 and falls, and the chosen first differing token gained on the rejected one
        var end = ReferenceLogProbs.Compute(model, encoded, 16, _tokenizer.PadId, config.PreferenceTokens);
        var margin = Enumerable.Range(0, pairs.Count)
            .Average(i => (end.Chosen[i] - start.Chosen[i]) - (end.Rejected[i] - start.Rejected[i]));
        Assert.Equal(Math.Log(2), result.History[0].Loss, 3);
        Assert.True(result.History[^1].Loss < Math.Log(2) - 0.02, $"loss {result.History[0].Loss} → {result.History[^1].Loss}");
        Assert.True(margin > 0, $"chosen − rejected log-prob change {margin}");
    }

    [Fact]
    public void Freezing_embeddings_leaves_them_unchanged_and_trainable_afterwards()
    {
        // Given a model whose embedding is tied to its output layer
        using var model = TinyModels.Create(seed: 2);
        var before = TinyModels.Snapshot(model);

        // When a round runs with the embeddings frozen
        new StepDpoTrainer(model, _tokenizer, Config with { FreezeEmbeddings = true, Epochs = 1 }).Train(ToyData.StepPairs(8));

        // Then the embedding is bit-identical, every other parameter moved, and the embedding can train again
        var after = TinyModels.Snapshot(model);
        var embedding = before.Keys.Single(FrozenParameters.IsEmbedding);
        Assert.Equal(before[embedding], after[embedding]);
        Assert.All(before.Where(p => p.Key != embedding), p => Assert.NotEqual(p.Value, after[p.Key]));
        Assert.All(model.parameters(), p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void Nll_weight_adds_the_chosen_nll_to_the_loss()
    {
        // Given α = 0.5
        using var model = TinyModels.Create(seed: 2);

        // When
        var result = new StepDpoTrainer(model, _tokenizer, Config with { NllWeight = 0.5, Epochs = 1 }).Train(ToyData.StepPairs(8));

        // Then every reported total is DPO + α·NLL
        Assert.All(result.History, h => Assert.Equal(h.DpoLoss + 0.5 * h.ChosenNll, h.Loss, 5));
    }

    [Fact]
    public void Replay_adds_the_weighted_nll_of_seed_examples_and_reports_it()
    {
        // Given replay of 4 seed examples per step at weight 0.5, without the chosen-NLL term
        using var model = TinyModels.Create(seed: 2);
        var config = Config with { Epochs = 1, Replay = 4, ReplayWeight = 0.5 };

        // When
        var result = new StepDpoTrainer(model, _tokenizer, config).Train(ToyData.StepPairs(8), replay: ToyData.Sums(10));

        // Then every total is DPO + 0.5·(replay NLL), and the replay NLL is a real cross-entropy (> 0)
        Assert.All(result.History, h => Assert.True(h.ReplayNll > 0, $"replay NLL {h.ReplayNll}"));
        Assert.All(result.History, h => Assert.Equal(h.DpoLoss + 0.5 * h.ReplayNll, h.Loss, 5));
    }

    [Fact]
    public void Replay_off_reports_no_replay_even_with_examples()
    {
        using var model = TinyModels.Create(seed: 2);

        var result = new StepDpoTrainer(model, _tokenizer, Config with { Epochs = 1 }).Train(ToyData.StepPairs(8), replay: ToyData.Sums(10));

        Assert.All(result.History, h => Assert.Equal(0, h.ReplayNll));
        Assert.All(result.History, h => Assert.Equal(h.DpoLoss, h.Loss, 6));
    }

    [Fact]
    public void Chosen_and_rejected_log_probs_are_reported_and_separate_as_training_goes()
    {
        using var model = TinyModels.Create(seed: 2);

        var history = new StepDpoTrainer(model, _tokenizer, Config).Train(ToyData.StepPairs(12)).History;

        // Per-token log-probs are negative; the chosen one equals −(chosen NLL); rejected falls below chosen by the end.
        Assert.All(history, h => Assert.True(h.ChosenLogProb < 0 && h.RejectedLogProb < 0));
        Assert.All(history, h => Assert.Equal(-h.ChosenNll, h.ChosenLogProb, 5));
        Assert.True(history[^1].ChosenLogProb - history[^1].RejectedLogProb > history[0].ChosenLogProb - history[0].RejectedLogProb);
    }

    [Theory]
    [InlineData(Psr.Training.Losses.PreferenceLossKind.Dpop)]
    [InlineData(Psr.Training.Losses.PreferenceLossKind.Ipo)]
    public void Every_loss_kind_learns_the_toy_preference(Psr.Training.Losses.PreferenceLossKind kind)
    {
        using var model = TinyModels.Create(seed: 2);

        var history = new StepDpoTrainer(model, _tokenizer, Config with { Loss = kind }).Train(ToyData.StepPairs(12)).History;

        Assert.True(history[^1].RewardMargin > 0, $"{kind}: margin {history[^1].RewardMargin}");
        Assert.True(history[^1].DpoLoss < history[0].DpoLoss, $"{kind}: loss {history[0].DpoLoss} → {history[^1].DpoLoss}");
    }

    [Fact]
    public void Without_a_preference_term_the_nll_alone_trains_the_chosen_step()
    {
        using var model = TinyModels.Create(seed: 2);

        var history = new StepDpoTrainer(model, _tokenizer, Config with { Loss = Psr.Training.Losses.PreferenceLossKind.None, NllWeight = 1 })
            .Train(ToyData.StepPairs(12)).History;

        // The loss is the chosen NLL alone, and the chosen step becomes more likely.
        Assert.All(history, h => Assert.Equal(0, h.DpoLoss));
        Assert.All(history, h => Assert.Equal(h.ChosenNll, h.Loss, 5));
        Assert.True(history[^1].ChosenLogProb > history[0].ChosenLogProb);
    }

    [Fact]
    public void Without_a_preference_term_the_update_reads_no_more_of_the_rejected_steps_than_their_lengths()
    {
        // Given the same chosen steps twice, once with their rejected steps replaced by other text of the same lengths
        var pairs = ToyData.StepPairs(12);
        var other = pairs.Select(p => p with { Rejected = new string('#', p.Rejected.Length) }).ToList();
        var config = Config with { Loss = PreferenceLossKind.None, NllWeight = 1, Replay = 4 };
        (Dictionary<string, float[]> Weights, IReadOnlyList<DpoProgress> History) Run(IReadOnlyList<PreferenceExample> examples)
        {
            using var model = TinyModels.Create(seed: 2);
            var history = new StepDpoTrainer(model, _tokenizer, config).Train(examples, replay: ToyData.Sums(10)).History;
            return (TinyModels.Snapshot(model), history);
        }

        // When both train
        var (weights, history) = Run(pairs);
        var (otherWeights, otherHistory) = Run(other);

        // Then the weights and losses are bit-identical, and nothing that needs the rejected side or a reference is reported
        Assert.All(weights, p => Assert.Equal(p.Value, otherWeights[p.Key]));
        Assert.Equal(history.Select(h => BitConverter.DoubleToInt64Bits(h.Loss)), otherHistory.Select(h => BitConverter.DoubleToInt64Bits(h.Loss)));
        Assert.All(history, h => Assert.True(h is { RejectedLogProb: null, RewardMargin: null, RewardAccuracy: null, ChosenReward: null, RejectedReward: null }));
        Assert.All(history, h => Assert.Equal(h.ChosenNll + h.ReplayNll, h.Loss, 5)); // replay weight 1
    }

    [Fact]
    public void Without_a_preference_term_or_nll_weight_replay_alone_trains()
    {
        // Given no preference term, α = 0 and replay on
        using var model = TinyModels.Create(seed: 2);
        var before = TinyModels.Snapshot(model);

        // When
        var history = new StepDpoTrainer(model, _tokenizer, Config with { Loss = PreferenceLossKind.None, NllWeight = 0, Replay = 4, Epochs = 1 })
            .Train(ToyData.StepPairs(8), replay: ToyData.Sums(10)).History;

        // Then the loss is the replay NLL alone and the weights moved
        Assert.All(history, h => Assert.Equal(h.ReplayNll, h.Loss, 6));
        Assert.Contains(TinyModels.Snapshot(model), p => !p.Value.SequenceEqual(before[p.Key]));
    }

    [Fact]
    public void Same_seed_gives_bit_identical_losses()
    {
        double[] Run()
        {
            using var model = TinyModels.Create(seed: 2);
            return new StepDpoTrainer(model, _tokenizer, Config with { Epochs = 2 }).Train(ToyData.StepPairs(8))
                .History.Select(h => h.Loss).ToArray();
        }

        Assert.Equal(Run().Select(BitConverter.DoubleToInt64Bits), Run().Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [InlineData(PreferenceLossKind.Dpo)]
    [InlineData(PreferenceLossKind.None)]
    public void Live_tensor_count_does_not_grow_over_steps(PreferenceLossKind kind)
    {
        using var model = TinyModels.Create();
        var live = new List<long>();
        var probe = new SyncProgress<DpoProgress>(_ => live.Add(DisposeScopeManager.Statistics.ThreadTotalLiveCount));
        DisposeScopeManager.Statistics.Reset();

        new StepDpoTrainer(model, _tokenizer, Config with { Epochs = 3, Loss = kind, NllWeight = 1, Replay = 2 })
            .Train(ToyData.StepPairs(8), probe, replay: ToyData.Sums(6));

        Assert.Equal(6, live.Count);
        Assert.All(live, n => Assert.Equal(live[0], n));
    }

    [Fact]
    public void An_empty_pair_list_is_a_clear_error()
    {
        using var model = TinyModels.Create();

        var e = Assert.Throws<Psr.Core.Errors.PsrException>(() => new StepDpoTrainer(model, _tokenizer, Config).Train([]));

        Assert.Equal("Step-DPO: no training examples", e.Message);
    }
}

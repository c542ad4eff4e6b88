using System.Diagnostics;
using Psr.Core.Diagnostics;
using Psr.Core.Errors;
using Psr.Model.Native;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Training.Data;
using Psr.Training.Losses;
using Psr.Training.Optimization;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Training.Dpo;

/// <summary>
/// One Step-DPO round: DPO on (question + previous steps, chosen step, rejected step) with the round's starting model
/// as the reference, plus an optional per-token NLL term on the chosen step.
/// </summary>
public sealed class StepDpoTrainer
{
    private readonly Qwen2ForCausalLM _model;
    private readonly ITokenizer _tokenizer;
    private readonly StepDpoConfig _config;

    public StepDpoTrainer(Qwen2ForCausalLM model, ITokenizer tokenizer, StepDpoConfig config)
    {
        _model = model;
        _tokenizer = tokenizer;
        _config = config.Validate();
        TokenizerFit.Ensure(tokenizer, model);
    }

    /// <summary>
    /// Trains the model in place on <paramref name="examples"/>; progress goes to <paramref name="progress"/>. With
    /// <see cref="StepDpoConfig.Replay"/> &gt; 0, every step also takes that many <paramref name="replay"/>
    /// examples (seed SFT data, cycled in a seeded order) and adds their weighted per-token NLL.
    /// </summary>
    public StepDpoResult Train(
        IReadOnlyList<PreferenceExample> examples, IProgress<DpoProgress>? progress = null, CancellationToken cancellation = default,
        IReadOnlyList<SftExample>? replay = null)
    {
        if (examples.Count == 0)
            throw new PsrException("Step-DPO: no training examples");
        // Configure: tokenize, score the reference once (unless no loss reads it), build the optimizer and the data order.
        var pairs = examples.Select(e => CompletionEncoder.Encode(_tokenizer, e, _config.MaxSequenceTokens, _config.Eos)).ToArray();
        var nllOnly = _config.Loss == PreferenceLossKind.None; // nothing reads the reference or the rejected steps' tokens
        var reference = nllOnly ? null : ReferenceLogProbs.Compute(_model, pairs, _config.ReferenceBatchSize, _tokenizer.PadId, _config.PreferenceTokens);
        using var frozen = FrozenParameters.Freeze(_model, name => _config.FreezeEmbeddings && FrozenParameters.IsEmbedding(name));
        using var optimizer = AdamWFactory.Create(_model, _config.LearningRate, _config.AdamW, _config.WeightDecay);
        // The data order by the longer side in every mode, so the NLL-only update visits the batches it always did.
        var lengths = pairs.Select(p => Math.Max(p.Chosen.Ids.Length, p.Rejected.Ids.Length)).ToArray();
        var cursor = new BatchCursor(lengths, _config.BatchSize, _config.BucketBatches, _config.Seed);
        var totalSteps = _config.Epochs * cursor.BatchesPerEpoch;
        var schedule = _config.Schedule(totalSteps);
        var replaySet = ReplaySet.Create(_tokenizer, replay, _config);
        var history = new List<DpoProgress>();
        var parameters = _model.parameters().Sum(p => p.numel()); // for the profile's 6·N·tokens
        _model.train();
        for (var step = 0; step < totalSteps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var lr = schedule.At(step); // learning rate for this step
            AdamWFactory.SetLearningRate(optimizer, lr);
            using var scope = NewDisposeScope(); // every tensor of the step dies with it
            var epoch = cursor.Position.Epoch;
            var indices = cursor.Next(); // this step's pairs
            var batch = indices.Select(i => pairs[i]).ToArray();
            var stepLoss = reference is null ? ChosenNllLoss(batch) : PreferenceLoss(batch, reference.For(indices, _model.Device)); // forward + loss
            var loss = stepLoss.Loss;
            Tensor? replayNll = null; // () or null: the seed examples' NLL
            var replayTokens = 0L;
            if (replaySet is not null)
            {
                (replayNll, replayTokens) = replaySet.Nll(_model, _tokenizer.PadId);
                using var weight = _config.ReplayWeight.ToScalar();
                loss = loss.add(replayNll.mul(weight), Scalars.One);
            }
            loss.backward();
            var gradNorm = GradientStep.Apply(_model, optimizer, _config.AdamW.GradClip); // clip, step, zero_grad
            WorkMeter.Trained(stepLoss.Tokens + replayTokens, parameters, clock.Elapsed);
            var report = Report(step + 1, totalSteps, epoch, loss, stepLoss, lr, gradNorm) with
            {
                ReplayNll = replayNll is null ? 0 : Scalars.ToDouble(replayNll),
            };
            history.Add(report);
            progress?.Report(report); // log
        }
        _model.eval();
        return new StepDpoResult(history, pairs.Count(p => p.Chosen.Truncated || p.Rejected.Truncated));
    }

    // One step's loss before replay, what it reports, and the tokens its forward pass read (for the profile).
    private sealed record StepLoss(Tensor Loss, Tensor Nll, DpoLossOutput? Preference, double ChosenLogProb, double? RejectedLogProb, long Tokens);

    // Forward on chosen and rejected rows together, then the preference loss (+ α·NLL on the chosen rows); also the
    // per-token policy log-probs of both sides, which show whether the chosen step's likelihood falls with the margin.
    private StepLoss PreferenceLoss(PreferencePair[] pairs, (Tensor Chosen, Tensor Rejected) reference)
    {
        var batch = PreferenceCollator.Collate(pairs, _tokenizer.PadId, _model.Device, _config.PreferenceTokens);
        var rows = batch.Rows;
        var logits = _model.forward(new DecoderInput(rows.InputIds)); // (2P, T, V)
        var perToken = LogProbs.PerToken(logits, rows.Targets); // (2P, T)
        var sums = perToken.mul(rows.LossMask).sum(-1); // (2P)
        var chosen = sums.narrow(0, 0, batch.Pairs); // (P)
        var rejected = sums.narrow(0, batch.Pairs, batch.Pairs); // (P)
        var preference = ReferenceEquals(batch.PreferenceMask, rows.LossMask) ? sums : perToken.mul(batch.PreferenceMask).sum(-1); // (2P)
        var dpo = PreferenceLosses.Compute(_config.Loss, preference.narrow(0, 0, batch.Pairs), preference.narrow(0, batch.Pairs, batch.Pairs),
            reference.Chosen, reference.Rejected, _config.Beta, _config.DpopLambda);
        var nll = DpoLoss.ChosenNll(chosen, batch.ChosenTokens); // ()
        using var nllWeight = _config.NllWeight.ToScalar();
        var loss = _config.NllWeight > 0 ? dpo.Loss.add(nll.mul(nllWeight), Scalars.One) : dpo.Loss; // ()
        var rejectedTokens = Math.Max(1.0, Scalars.ToDouble(rows.LossMask.narrow(0, batch.Pairs, batch.Pairs).sum()));
        return new StepLoss(loss, nll, dpo, -Scalars.ToDouble(nll), Scalars.ToDouble(rejected.sum()) / rejectedTokens, rows.InputIds.numel());
    }

    // No preference term: forward on the chosen rows alone, α·NLL of the chosen steps. The rejected rows and the
    // reference would only have added zero gradient (half the rows of the step, and a reference pass over every pair).
    // Padded to the pairs' width, as when the rejected rows were there: the same matrix shapes keep the arithmetic, and
    // so every result, bit-identical to the runs measured before (a narrower batch drifted in the 8th digit).
    private StepLoss ChosenNllLoss(PreferencePair[] pairs)
    {
        var width = pairs.Max(p => Math.Max(p.Chosen.Ids.Length, p.Rejected.Ids.Length)) - 1;
        var rows = CompletionCollator.Collate(pairs.Select(p => p.Chosen).ToArray(), _tokenizer.PadId, _model.Device, minWidth: width); // (P, T)
        var logits = _model.forward(new DecoderInput(rows.InputIds)); // (P, T, V)
        var chosen = LogProbs.PerToken(logits, rows.Targets).mul(rows.LossMask).sum(-1); // (P)
        var nll = DpoLoss.ChosenNll(chosen, rows.TokenCount); // ()
        using var nllWeight = _config.NllWeight.ToScalar();
        var loss = nll.mul(_config.NllWeight > 0 ? nllWeight : Scalars.Zero); // () with a graph even at α = 0 (replay alone trains)
        return new StepLoss(loss, nll, null, -Scalars.ToDouble(nll), null, rows.InputIds.numel());
    }

    private static DpoProgress Report(int step, int total, int epoch, Tensor loss, StepLoss stepLoss, double lr, double gradNorm)
    {
        var dpo = stepLoss.Preference;
        return new DpoProgress(step, total, epoch, Scalars.ToDouble(loss), dpo is null ? 0 : Scalars.ToDouble(dpo.Loss), Scalars.ToDouble(stepLoss.Nll),
            Value(dpo?.RewardAccuracy), Value(dpo?.RewardMargin), Value(dpo?.ChosenRewards.mean()), Value(dpo?.RejectedRewards.mean()), lr, gradNorm)
        {
            ChosenLogProb = stepLoss.ChosenLogProb, RejectedLogProb = stepLoss.RejectedLogProb,
        };
    }

    private static double? Value(Tensor? scalar) => scalar is null ? null : Scalars.ToDouble(scalar);
}

using Psr.Model.Qwen2;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Config;
using Psr.Pipeline.WorldModels;
using Psr.Roles;
using static TorchSharp.torch;

namespace Psr.Pipeline.Tests.Stages;

public sealed class DpoStageTests
{
    private static readonly string[] Steps = ["Step 1: 3+4=7", "Step 1: 3+4=8", "Step 2: 7*2=14", "Step 2: 7*2=15"];

    /// <summary>A run folder with a random test-sized M1 and a round-1 pairs file of handmade pairs.</summary>
    private static RunDirectory Prepare(string root)
    {
        var run = RunDirectory.Create(root, TinyRunConfig.Loop);
        var tokenizer = WorldTokenizer.Create();
        using var model = Qwen2ForCausalLM.Create(WorldModelShape.For(Psr.Pipeline.Config.ModelSize.Test, tokenizer.VocabSize), CPU, ModelDtype.Float32, 5);
        ModelFolder.Save(model, tokenizer, run.Resolve("stages/01-init/model"));
        var pairs = Enumerable.Range(0, 12).Select(i => new StepPair($"q{i}", $"(3+4)*2+{i}=?", i % 2 == 0 ? [] : [Steps[0]],
            Steps[2 * (i % 2)], Steps[2 * (i % 2) + 1], 2, 0, false, false, 0));
        ArtifactJsonl.Write(run.Resolve("stages/02-search/pairs.jsonl"), pairs);
        return run;
    }

    private static DpoStage Stage(IProgress<StageProgress>? progress = null) =>
        new(TinyRunConfig.Loop with { Dpo = TinyRunConfig.Loop.Dpo with { BatchSize = 2, Epochs = 2, LearningRate = 1e-2 } }, 0, InitStage.ModelArtifacts, progress);

    [Fact]
    public async Task A_round_cancelled_mid_training_reruns_to_the_model_of_an_uninterrupted_round()
    {
        // Given an uninterrupted round
        using var a = new TempDir();
        var runA = Prepare(a.Path);
        var done = await new StageRunner(runA).RunAsync(Stage());
        var expected = done.Manifest.Outputs;

        // When the same round is cancelled after its 3rd optimizer step and run again
        using var b = new TempDir();
        var runB = Prepare(b.Path);
        using var cancel = new CancellationTokenSource();
        var stop = new Progress(p => { if (p.Done >= 3) cancel.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new StageRunner(runB).RunAsync(Stage(stop), cancel.Token));
        var resumed = await new StageRunner(runB).RunAsync(Stage());

        // Then it trained (the model changed), and the rerun wrote the same model and history
        Assert.Equal(12, resumed.Manifest.Counts["pairs"]);
        Assert.Equal(2, resumed.Manifest.Attempts);
        Assert.NotEqual(ArtifactJson.Sha256OfFile(runA.Resolve("stages/01-init/model/model.safetensors")),
            expected.Single(o => o.Path.EndsWith("model.safetensors", StringComparison.Ordinal)).Sha256);
        Assert.Equal(expected, resumed.Manifest.Outputs);
    }

    [Fact]
    public async Task Replay_reads_the_seed_data_declares_it_as_input_and_changes_the_trained_model()
    {
        // Given two identical runs with seed IFT data (and an empty EFT file)
        using var a = new TempDir();
        using var b = new TempDir();
        RunDirectory WithSeed(string root)
        {
            var run = Prepare(root);
            var ift = Enumerable.Range(0, 6).Select(i => new IftRecord($"i{i}", $"{i}+2*3=?", i + 6, [$"Step 1: 2*3=6", $"Step 2: {i}+6={i + 6}"]));
            ArtifactJsonl.Write(run.Resolve(IftStage.Artifact), ift);
            ArtifactJsonl.Write(run.Resolve(EftStage.Artifact(EftStage.TrainFile)), Array.Empty<Psr.World.Eft.EftExample>());
            return run;
        }
        var runA = WithSeed(a.Path);
        var runB = WithSeed(b.Path);
        var replay = TinyRunConfig.Loop with { Dpo = TinyRunConfig.Loop.Dpo with { BatchSize = 2, Epochs = 2, LearningRate = 1e-2, Replay = 3 } };

        // When one round trains with replay and the other without
        var withReplay = await new StageRunner(runA).RunAsync(new DpoStage(replay, 0, InitStage.ModelArtifacts));
        var without = await new StageRunner(runB).RunAsync(Stage());

        // Then the replay round lists the seed files as inputs, reports a replay NLL and writes another model
        Assert.Contains(withReplay.Manifest.Inputs, i => i.Path == IftStage.Artifact);
        Assert.DoesNotContain(without.Manifest.Inputs, i => i.Path == IftStage.Artifact);
        var history = ArtifactJsonl.Read<Psr.Training.Dpo.DpoProgress>(runA.Resolve("stages/02-step-dpo/history.jsonl"));
        Assert.All(history, h => Assert.True(h.ReplayNll > 0));
        Assert.NotEqual(Sha(withReplay), Sha(without));
    }

    [Fact]
    public async Task Own_path_replay_reads_the_rounds_self_verified_paths_declares_them_as_inputs_and_trains_on_them()
    {
        // Given a run whose round-1 search left three finished paths, one with a step its judge labelled wrong
        using var a = new TempDir();
        var run = Prepare(a.Path);
        var questions = Enumerable.Range(0, 3).Select(i => new SearchQuestion($"q{i}", $"{i}+2*3=?")).ToList();
        ArtifactJsonl.Write(run.Resolve("stages/02-search/questions.jsonl"), questions);
        QuestionSearchResult Finished(int i, StepCorrectness label) => new($"q{i}", SearchStatus.Finished, ["Step 1: 2*3=6", $"Step 2: {i}+6={i + 6}"], [],
            new SearchCounters(), new QuestionTrace([Expansion(0, label), Expansion(1, StepCorrectness.Correct)], [0, 1]));
        ArtifactJsonl.Write(run.Resolve("stages/02-search/results.jsonl"),
            new[] { Finished(0, StepCorrectness.Correct), Finished(1, StepCorrectness.Wrong), Finished(2, StepCorrectness.Unknown) });
        var config = TinyRunConfig.Loop with
        {
            Dpo = TinyRunConfig.Loop.Dpo with { BatchSize = 2, Epochs = 2, LearningRate = 1e-2, Replay = 2, ReplaySource = Psr.Training.Dpo.ReplaySource.OwnPaths },
        };

        // When the round trains with its own paths replayed
        var result = await new StageRunner(run).RunAsync(new DpoStage(config, 0, InitStage.ModelArtifacts));

        // Then the search's questions and results are its inputs (not the seed data), two paths were replayed, and each
        // step reports their NLL
        Assert.Contains(result.Manifest.Inputs, i => i.Path == "stages/02-search/results.jsonl");
        Assert.Contains(result.Manifest.Inputs, i => i.Path == "stages/02-search/questions.jsonl");
        Assert.DoesNotContain(result.Manifest.Inputs, i => i.Path == IftStage.Artifact);
        Assert.Equal(2, result.Manifest.Counts["replayExamples"]);
        var history = ArtifactJsonl.Read<Psr.Training.Dpo.DpoProgress>(run.Resolve("stages/02-step-dpo/history.jsonl"));
        Assert.All(history, h => Assert.True(h.ReplayNll > 0));
    }

    [Fact]
    public async Task Own_paths_and_eft_replay_adds_the_seed_judge_examples_but_not_the_ift_ones()
    {
        // Given a run whose round-1 search left two self-verified paths, and whose seed data holds 6 IFT and 3 EFT examples
        using var a = new TempDir();
        var run = Prepare(a.Path);
        ArtifactJsonl.Write(run.Resolve("stages/02-search/questions.jsonl"), Enumerable.Range(0, 2).Select(i => new SearchQuestion($"q{i}", $"{i}+2*3=?")));
        ArtifactJsonl.Write(run.Resolve("stages/02-search/results.jsonl"), Enumerable.Range(0, 2).Select(i => new QuestionSearchResult($"q{i}", SearchStatus.Finished,
            ["Step 1: 2*3=6", $"Step 2: {i}+6={i + 6}"], [], new SearchCounters(), new QuestionTrace([Expansion(0, StepCorrectness.Correct)], [0]))));
        var eft = Enumerable.Range(0, 3).Select(i => new Psr.World.Eft.EftExample($"e{i}", $"Judge:\n{i}+1=?\nA: x\nB: y\nCheck:\n", "[[A]]", "x", "y",
            Psr.World.Judging.CandidateMark.Right, Psr.World.Judging.CandidateMark.Wrong, Psr.World.Judging.PairVerdict.A, Psr.World.Eft.EftPairKind.RightVsWrong, "test"));
        ArtifactJsonl.Write(run.Resolve(EftStage.Artifact(EftStage.TrainFile)), eft);
        var config = TinyRunConfig.Loop with
        {
            Dpo = TinyRunConfig.Loop.Dpo with { BatchSize = 2, Epochs = 1, LearningRate = 1e-2, Replay = 2, ReplaySource = Psr.Training.Dpo.ReplaySource.OwnPathsAndEft },
        };

        // When the round trains with both replayed
        var result = await new StageRunner(run).RunAsync(new DpoStage(config, 0, InitStage.ModelArtifacts));

        // Then the search and the EFT file are inputs, the IFT file is not, and 2 + 3 examples were replayed
        Assert.Contains(result.Manifest.Inputs, i => i.Path == "stages/02-search/results.jsonl");
        Assert.Contains(result.Manifest.Inputs, i => i.Path == EftStage.Artifact(EftStage.TrainFile));
        Assert.DoesNotContain(result.Manifest.Inputs, i => i.Path == IftStage.Artifact);
        Assert.Equal(5, result.Manifest.Counts["replayExamples"]);
    }

    private static ExpansionTrace Expansion(int index, StepCorrectness chosenLabel) =>
        new(index, index, 7, [new CandidateTrace("a", CandidateEnd.StepBoundary, false, 0, 1, chosenLabel), new CandidateTrace("b", CandidateEnd.StepBoundary, false, 1, 0, StepCorrectness.Wrong)],
            [], ExpansionOutcome.Accepted, 0, 1, PairDecision.Kept, false);

    private static string Sha(StageRunResult result) =>
        result.Manifest.Outputs.Single(o => o.Path.EndsWith("model.safetensors", StringComparison.Ordinal)).Sha256;

    private sealed class Progress(Action<StageProgress> action) : IProgress<StageProgress>
    {
        public void Report(StageProgress value) => action(value);
    }
}

using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Model.Qwen2;
using Psr.Pipeline.Config;
using Psr.Extensions.External.Training;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using Psr.Pipeline.WorldModels;
using Psr.Roles.Backends;
using Psr.World.Eft;
using Psr.World.Judging;
using static TorchSharp.torch;

namespace Psr.Extensions.External.Tests.Training;

public sealed class ExternalInitStageTests
{
    private static readonly EftExample Judge = new("p9", JudgePrompt.Format("(8+3)*6=?", [], "8+3=11", "8+3=12"), "A adds right. [[A]]",
        "8+3=11", "8+3=12", CandidateMark.Right, CandidateMark.Wrong, PairVerdict.A, EftPairKind.RightVsWrong, "sampled");

    /// <summary>A run with two IFT solutions and one EFT example, and a base model folder next to it.</summary>
    private static (RunDirectory Run, RunConfig Config) Prepare(string root, string sftCommand)
    {
        var baseDir = Path.Combine(root, "base");
        var tokenizer = WorldTokenizer.Create();
        using (var model = Qwen2ForCausalLM.Create(WorldModelShape.For(ModelSize.Test, tokenizer.VocabSize), CPU, ModelDtype.Float32, 5))
            ModelFolder.Save(model, tokenizer, baseDir);
        var config = TinyRunConfig.Loop with
        {
            Model = TinyRunConfig.Loop.Model with { Checkpoint = baseDir },
            Backends = new BackendsConfig { Trainer = new ExternalTrainerConfig { SftCommand = sftCommand, TimeoutMinutes = 2 } },
        };
        var run = RunDirectory.Create(Path.Combine(root, "run"), config);
        ArtifactJsonl.Write(run.Resolve(IftStage.Artifact), new[]
        {
            new IftRecord("p1", "2+3=?", 5, ["2+3=5"]), new IftRecord("p2", "(1+2)*3=?", 9, ["1+2=3", "3*3=9"]),
        });
        ArtifactJsonl.Write(run.Resolve(EftStage.Artifact(EftStage.TrainFile)), new[] { Judge });
        return (run, config);
    }

    [Fact]
    public async Task Init_by_an_external_sft_command_exports_ift_and_eft_runs_it_in_sft_mode_and_takes_the_checkpoint_it_wrote()
    {
        // Given a script standing in for a TRL SFT trainer: it logs its mode and data and copies the base model to the output
        using var dir = new TempDir();
        var script = Path.Combine(dir.Path, "sft.sh");
        File.WriteAllText(script, "#!/bin/sh\nset -e\necho \"mode=$1 rows=$(wc -l < \"$2/sft.jsonl\")\"\ncp \"$3\"/* \"$4\"/\n");
        var (run, config) = Prepare(dir.Path, $"sh {TrainerCommandLine.PosixQuote(script)} {{mode}} {{data}} {{base}} {{output}}");

        // When the stage runs
        var result = await new StageRunner(run).RunAsync(new ExternalInitStage(config));

        // Then the export holds the two solutions and the judge example, the command ran in sft mode, and M1 is the
        // checkpoint it wrote (listed with its hashes for later stages)
        var rows = File.ReadAllLines(run.Resolve("stages/01-init/export/sft.jsonl")).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(["2+3=?\n", "(1+2)*3=?\n", Judge.Prompt], rows.Select(r => (string)r["prompt"]!));
        Assert.Equal(["2+3=5", "1+2=3\n3*3=9", "A adds right. [[A]]"], rows.Select(r => (string)r["completion"]!));
        Assert.Contains("mode=sft rows=3", File.ReadAllText(run.Resolve("stages/01-init/trainer.log")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(config.Model.Checkpoint!, "model.safetensors")),
            File.ReadAllBytes(run.Resolve("stages/01-init/model/model.safetensors")));
        Assert.True(File.Exists(run.Resolve(ExternalInitStage.ModelArtifacts[1])));
        Assert.Equal(3, result.Manifest.Counts["iftExamples"] + result.Manifest.Counts["eftExamples"]);
    }

    [Fact]
    public async Task An_external_sft_command_that_writes_no_weights_stops_init_with_one_error_naming_it()
    {
        // Given a script that succeeds without writing a checkpoint
        using var dir = new TempDir();
        var (run, config) = Prepare(dir.Path, "echo done {output}");

        // When the stage runs / Then the error names the command and what is missing
        var e = await Assert.ThrowsAnyAsync<PsrException>(() => new StageRunner(run).RunAsync(new ExternalInitStage(config)));
        Assert.Contains("external SFT trainer `echo done {output}` wrote an unusable checkpoint", e.Message, StringComparison.Ordinal);
        Assert.Contains("config.json is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_an_external_sft_configuration_is_listed_at_once()
    {
        // Given an SFT command without {output}, a format TRL's SFT cannot read, and no base model
        var config = new RunConfig
        {
            Model = new ModelConfig { Checkpoint = null },
            Backends = new BackendsConfig { Trainer = new ExternalTrainerConfig { SftCommand = "train {data}", Format = Psr.Roles.Backends.ExportFormat.StepDpo } },
        };

        // When validated
        var problems = config.Problems();

        // Then all three are reported
        Assert.Contains(problems, p => p.StartsWith("backends.trainer.sftCommand = \"train {data}\": must contain {output}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("backends.trainer.format = StepDpo: sftCommand needs Trl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("needs model.checkpoint", StringComparison.Ordinal));
    }
}

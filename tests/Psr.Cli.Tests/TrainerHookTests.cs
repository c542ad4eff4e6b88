using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Extensions.External.Training;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.Serve.Tests.Runs;

namespace Psr.Cli.Tests;

/// <summary>
/// The external trainer hook: a shell script stands in for a TRL trainer by calling <c>psr train-dpo</c> on the exported
/// TRL files; psr runs it per round, checks the checkpoint it wrote, and evaluates it.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class TrainerHookTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-hook-").FullName;

    public TrainerHookTests() => BigramBase.Save(BaseModel);

    private string BaseModel => Path.Combine(_dir, "base");

    private RunConfig Config(string command) => LoopRuns.Config(0.5, BaseModel) with
    {
        Backends = new BackendsConfig { Trainer = new ExternalTrainerConfig { Command = command, TimeoutMinutes = 5 } },
    };

    /// <summary>A script that trains like an external trainer would: reads the exported folder, writes the output folder.</summary>
    private string Script(string body)
    {
        var path = Path.Combine(_dir, "trainer.sh");
        File.WriteAllText(path, "#!/bin/sh\nset -e\n" + body + "\n");
        return TrainerCommandLine.PosixQuote(path);
    }

    private static string Psr => TrainerCommandLine.PosixQuote(Path.Combine(AppContext.BaseDirectory, "psr.dll"));

    [Fact]
    public async Task Psr_run_with_a_trainer_script_calling_psrs_trainer_equals_the_run_with_its_own_step_dpo()
    {
        // Given the in-process run, and a script standing in for TRL: data dir, base model, output dir, config, seed
        var own = Path.Combine(_dir, "own");
        await LoopRuns.RunAsync(Config(command: null!) with { Backends = new BackendsConfig() }, own);
        var script = Script($"echo \"training on $1\"\nexec dotnet {Psr} train-dpo --data \"$1/preference.jsonl\" --base \"$2\" --out \"$3\" --config \"$4\" --seed \"$5\"");
        var config = Config($"sh {script} {{data}} {{base}} {{output}} {{config}} {{seed}}");
        var configFile = Path.Combine(_dir, "hook.json");
        File.WriteAllText(configFile, RunConfigFile.Canonical(config));
        var hooked = Path.Combine(_dir, "hooked");

        // When psr run runs with the hook
        var (code, _, err) = CapturedConsole.Run(["run", "--config", configFile, "--out", hooked]);

        // Then each round's model is the checkpoint the script wrote, byte-identical to psr's own step-DPO, and the
        // pairs and evaluations of every round are the same
        Assert.True(code == 0, err);
        foreach (var stage in new[] { "02-step-dpo", "03-step-dpo" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(own, "stages", stage, "model", "model.safetensors")),
                         File.ReadAllBytes(Path.Combine(hooked, "stages", stage, "model", "model.safetensors")));
            Assert.Contains("training on ", File.ReadAllText(Path.Combine(hooked, "stages", stage, ExternalTrainStage.LogFile)), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(hooked, "stages", stage, ExternalTrainStage.FilesList)));
        }
        var ownOutputs = LoopRuns.Outputs(own);
        var hookedOutputs = LoopRuns.Outputs(hooked);
        foreach (var key in ownOutputs.Keys.Where(k => k.EndsWith("pairs.jsonl", StringComparison.Ordinal) || k.EndsWith("evaluation.json", StringComparison.Ordinal)))
            Assert.Equal(ownOutputs[key], hookedOutputs[key]);
        Assert.True(LoopRuns.Sum(hooked, "pairs") > 0, "the rounds trained on pairs");
    }

    [Fact]
    public async Task A_failing_trainer_stops_the_run_with_one_error_naming_the_command_and_exit_code()
    {
        // Given a trainer that fails
        var command = $"sh {Script("echo 'loading model'; echo 'CUDA out of memory' >&2; exit 3")} {{data}} {{output}}";

        // When the run reaches the first round's training
        var e = await Assert.ThrowsAsync<PsrException>(() => LoopRuns.RunAsync(Config(command), Path.Combine(_dir, "run")));

        // Then the error names the command as run (placeholders filled), the exit code and the output's tail
        Assert.Matches("^external trainer `sh '[^']*trainer.sh' '[^']*/export' '[^']*/model'` failed with exit code 3", e.Message);
        Assert.Contains("CUDA out of memory", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trainer_that_writes_no_usable_checkpoint_stops_the_run_before_evaluation()
    {
        // Given a trainer that exits 0 but writes only a config.json
        var command = $"sh {Script("echo '{}' > \"$1/config.json\"")} {{output}}";
        var root = Path.Combine(_dir, "run");

        // When the run reaches the first round's training
        var e = await Assert.ThrowsAsync<PsrException>(() => LoopRuns.RunAsync(Config(command), root));

        // Then the checkpoint was refused, and no evaluation of it was written
        Assert.Contains("wrote an unusable checkpoint", e.Message, StringComparison.Ordinal);
        Assert.Contains("no .safetensors weights", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "stages", "02-evaluate", EvaluateStage.EvaluationFile)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

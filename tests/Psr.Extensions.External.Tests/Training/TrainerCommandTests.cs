using Psr.Core.Errors;
using Psr.Extensions.External.Training;
using Psr.Roles.Backends;

namespace Psr.Extensions.External.Tests.Training;

public sealed class TrainerCommandTests
{
    [Theory]
    [InlineData("train {data} {output}", "/a b/data", "/o", "train '/a b/data' '/o'")]
    [InlineData("t --x={data}", "/it's", "/o", "t --x='/it'\\''s'")]
    [InlineData("t {seed} {round}", "/d", "/o", "t '7' 'M2'")]
    public void Placeholders_become_single_shell_arguments(string command, string data, string output, string expected)
    {
        // Given the values of one round
        var values = TrainerCommandLine.Values(data, "/base", output, "/run/config.json", 7, "M2");

        // When / Then
        Assert.Equal(expected, TrainerCommandLine.Fill(command, values, windows: false));
    }

    [Fact]
    public async Task A_failing_command_is_one_error_naming_it_its_exit_code_and_last_output()
    {
        // Given a command that prints and exits with 3
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, "trainer.log");
        var lines = new List<string>();

        // When it runs
        var e = await Assert.ThrowsAsync<PsrException>(() =>
            TrainerRunner.RunAsync("echo step 1; echo 'CUDA out of memory' >&2; exit 3", dir.Path, log, null, lines.Add, CancellationToken.None));

        // Then the error names the command, the code and the output's tail; every line is logged and reported
        Assert.Contains("`echo step 1; echo 'CUDA out of memory' >&2; exit 3` failed with exit code 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("CUDA out of memory", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, lines.Count);
        Assert.Contains("step 1", File.ReadAllText(log), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_past_its_time_limit_is_stopped_with_a_clear_error()
    {
        // Given a command that would run for a minute and a limit of a fraction of a second
        using var dir = new TempDir();

        // When it runs
        var e = await Assert.ThrowsAsync<PsrException>(() =>
            TrainerRunner.RunAsync("sleep 60", dir.Path, Path.Combine(dir.Path, "log"), TimeSpan.FromMilliseconds(300), null, CancellationToken.None));

        // Then
        Assert.Contains("`sleep 60` ran past its", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_without_weights_or_config_is_refused_naming_both()
    {
        // Given a folder with only a tokenizer-like file
        using var dir = new TempDir();
        dir.File("tokenizer.json", "{}");

        // When
        var e = Assert.Throws<PsrException>(() => CheckpointFiles.Check(dir.Path, "external trainer `x`"));

        // Then
        Assert.Contains("external trainer `x` wrote an unusable checkpoint", e.Message, StringComparison.Ordinal);
        Assert.Contains("config.json is missing", e.Message, StringComparison.Ordinal);
        Assert.Contains("no .safetensors weights", e.Message, StringComparison.Ordinal);
    }
}

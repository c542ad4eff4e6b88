namespace Psr.Cli.Tests;

public sealed class RunCommandTests
{
    private static (int Code, string Error) RunCapturingErrors(params string[] args)
    {
        var previous = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            return (PsrApp.Run(args), error.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    [Fact]
    public void Unknown_option_is_a_user_error()
    {
        var code = PsrApp.Run(["run", "--no-such-option"]);
        Assert.Equal(PsrApp.UserError, code);
    }

    [Fact]
    public void Every_configuration_problem_is_reported_in_one_line_before_any_work()
    {
        // Given two bad overrides and an output folder that must not be created
        var outDir = Path.Combine(Path.GetTempPath(), "psr-cli-run-" + Guid.NewGuid().ToString("N"));

        // When
        var (code, error) = RunCapturingErrors("run", "--preset", "smoke", "--set", "search.width=1", "--set", "dpo.bogus=2", "--out", outDir);

        // Then
        Assert.Equal(PsrApp.UserError, code);
        Assert.Contains("search.width = 1: must be >= 2", error, StringComparison.Ordinal);
        Assert.Contains("dpo.bogus: unknown key", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Resume_cannot_be_combined_with_a_new_configuration()
    {
        // Given / When / Then
        Assert.Equal(PsrApp.UserError, PsrApp.Run(["run", "--resume", "runs/x", "--preset", "smoke"]));
    }

    [Fact]
    public void Resuming_a_folder_without_a_saved_configuration_is_a_user_error()
    {
        // Given / When
        var (code, error) = RunCapturingErrors("run", "--resume", Path.Combine(Path.GetTempPath(), "psr-no-such-run"));

        // Then
        Assert.Equal(PsrApp.UserError, code);
        Assert.Contains("not a run directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_configuration_is_accepted()
    {
        // Given / When / Then
        Assert.Equal(0, PsrApp.Run(["run", "--preset", "smoke", "--set", "search.width=3"]));
    }
}

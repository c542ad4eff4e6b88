using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;

namespace Psr.Cli.Tests;

/// <summary>Every bad input ends as one line on stderr and a non-zero exit, naming the file, line or field.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class BadInputTests
{
    [Fact]
    public void A_lone_surrogate_in_grade_input_is_one_line_naming_the_line_and_field()
    {
        // Given the repro: a JSONL line whose prediction is "\ud800"
        var (code, _, stderr) = CapturedConsole.Run(["grade", "-"], "{\"reference\":\"1\",\"prediction\":\"1\"}\n{\"reference\":\"1\",\"prediction\":\"\\ud800\"}\n");

        Assert.Equal(PsrApp.UserError, code);
        Assert.Equal("psr: stdin:2: field $.prediction: a string holds a lone surrogate (invalid UTF-16)", stderr.TrimEnd());
    }

    [Theory]
    [InlineData("grade")]
    [InlineData("tokenize")]
    public void Invalid_utf8_in_a_jsonl_file_is_one_line_naming_the_line(string verb)
    {
        var folder = Directory.CreateTempSubdirectory("psr-cli-utf8-").FullName;
        var path = Path.Combine(folder, "in.jsonl");
        File.WriteAllBytes(path, [.. "{\"text\":\"12\",\"reference\":\"1\",\"prediction\":\"1\"}\n{\"text\":\""u8, 0xFF, .. "\"}\n"u8]);
        try
        {
            var tokenizer = Psr.Model.Tokenization.CharTokenizer.Create(new() { Alphabet = "0123456789" }).Save(folder);
            string[] args = verb == "grade" ? ["grade", path] : ["tokenize", "--tokenizer", tokenizer, path];
            var (code, _, stderr) = CapturedConsole.Run(args);

            Assert.NotEqual(0, code);
            Assert.Single(stderr.TrimEnd().Split('\n'));
            Assert.Contains($"{path}:2: invalid UTF-8 (byte 0xFF", stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_the_trace_only_with_verbose()
    {
        var quiet = CapturedConsole.Run(["world", "sample", "--verbose-not-a-flag"]);
        Assert.Equal(PsrApp.UserError, quiet.Code); // parse errors stay user errors

        var (err, errVerbose) = (new StringWriter(), new StringWriter());
        var old = Console.Error;
        try
        {
            Console.SetError(err);
            Assert.Equal(PsrApp.InternalError, PsrApp.Fail(new InvalidOperationException("boom\nsecond line"), "grade", verbose: false));
            Console.SetError(errVerbose);
            Assert.Equal(PsrApp.InternalError, PsrApp.Fail(Thrown(), "grade", verbose: true));
        }
        finally
        {
            Console.SetError(old);
        }
        Assert.Equal("psr: grade failed: boom second line (InvalidOperationException; --verbose shows where)", err.ToString().TrimEnd());
        Assert.Contains(nameof(Thrown), errVerbose.ToString());
    }

    [Fact]
    public void Serve_with_an_unset_key_variable_refuses_to_start()
    {
        var variable = "PSR_CLI_TEST_UNSET_" + Guid.NewGuid().ToString("N");

        var (code, _, stderr) = CapturedConsole.Run(["serve", "no-such-folder", "--api-key-env", variable, "--port", "0"]);

        Assert.Equal(PsrApp.UserError, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains($"{variable} is unset or empty", stderr);
    }

    [Fact]
    public void A_run_directory_in_use_refuses_a_second_run_and_a_resume_at_once()
    {
        // Given a run directory whose lock another run holds
        var root = Path.Combine(Directory.CreateTempSubdirectory("psr-lock-").FullName, "run");
        var config = Path.Combine(Path.GetDirectoryName(root)!, "tiny.json");
        File.WriteAllText(config, TinyRunConfig.Json);
        RunDirectory.Create(root, RunConfigLoader.Load(null, config, []));
        try
        {
            using (RunLock.Acquire(root))
            {
                // When a resume and a new run name it
                var resume = CapturedConsole.Run(["run", "--resume", root]);
                var again = CapturedConsole.Run(["run", "--config", config, "--out", root]);

                // Then both stop with one line before doing anything
                Assert.Equal(PsrApp.UserError, resume.Code);
                Assert.Equal(PsrApp.UserError, again.Code);
                Assert.Contains("another psr run is working in this run directory", resume.Err);
                Assert.Contains("another psr run is working in this run directory", again.Err);
            }
            // And once released, the lock can be taken again (the OS dropped it)
            using var next = RunLock.Acquire(root);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }

    private static Exception Thrown()
    {
        try
        {
            throw new InvalidOperationException("deep");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }
}

using System.Text.Json.Nodes;

namespace Psr.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class GradeCommandTests
{
    [Fact]
    public void Grade_writes_verdicts_for_a_file_and_a_summary_to_stderr()
    {
        // Given a JSONL file with a prediction line and an output line
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"reference\": \"025\", \"prediction\": \"25\"}\n{\"reference\": \"1,-2\", \"output\": \"The answer is $-2, 1$.\"}\n");

        // When psr grade runs on it
        var (code, stdout, stderr) = CapturedConsole.Run(["grade", path]);
        File.Delete(path);

        // Then stdout has one graded line per input line and stderr the summary
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(["numeric", "set"], lines.Select(l => (string)l["why"]!));
        Assert.Equal("-2, 1", (string)lines[1]["extracted"]!);
        Assert.Contains("2 graded, 2 equal", stderr);
    }

    [Fact]
    public void Grade_reads_stdin_and_fails_on_a_malformed_line_with_its_number()
    {
        // Given stdin whose second line is not JSON
        var stdin = "{\"reference\": \"1\", \"prediction\": \"1\"}\nnot json\n";

        // When psr grade - runs
        var (code, _, stderr) = CapturedConsole.Run(["grade", "-"], stdin);

        // Then it exits with the user-error code and one line naming the line
        Assert.Equal(PsrApp.UserError, code);
        Assert.StartsWith("psr: stdin:2: malformed JSON", stderr);
    }

    [Fact]
    public void Grade_with_skip_invalid_continues_past_malformed_lines()
    {
        // Given stdin with a malformed line
        var stdin = "not json\n{\"reference\": \"1\", \"prediction\": \"2\"}\n";

        // When psr grade runs with --skip-invalid
        var (code, stdout, stderr) = CapturedConsole.Run(["grade", "-", "--skip-invalid"], stdin);

        // Then the valid line is graded and the skip is reported
        Assert.Equal(0, code);
        Assert.Contains("\"equal\":false", stdout);
        Assert.Contains("skipped stdin:1", stderr);
    }
}

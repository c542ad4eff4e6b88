using Spectre.Console;

namespace Psr.Cli.Tests;

/// <summary>Every verb's <c>--help</c> (and the root's and world's) prints its options (descriptions are Spectre markup: a bare '[' breaks it).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class HelpTests
{
    [Theory]
    [InlineData("", "train-dpo")]
    [InlineData("world", "pretrain")]
    [InlineData("run", "--preset")]
    [InlineData("report", "--out")]
    [InlineData("eval", "--endpoint")]
    [InlineData("export", "--format")]
    [InlineData("grade", "--skip-invalid")]
    [InlineData("serve", "--port")]
    [InlineData("tokenize", "--tokenizer")]
    [InlineData("train-dpo", "--config")]
    [InlineData("world generate", "--split")]
    [InlineData("world measure", "--model")]
    [InlineData("world pretrain", "--steps")]
    [InlineData("world sample", "--preset")]
    [InlineData("world sft", "--base")]
    public void Help_of_every_verb_exits_zero_and_lists_its_options(string verb, string option)
    {
        // When a user asks a verb for help (Spectre writes help to its own console, bound here to a string)
        var help = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(help), Ansi = AnsiSupport.No });
        var (code, _, stderr) = CapturedConsole.Run([.. verb.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"], console: console);
        var stdout = help.ToString();

        // Then it succeeds, lists an option of the verb and prints no error
        Assert.True(code == 0, $"psr {verb} --help exited {code}: {stderr}");
        Assert.Contains(option, stdout);
        Assert.Equal("", stderr.Trim());
    }
}

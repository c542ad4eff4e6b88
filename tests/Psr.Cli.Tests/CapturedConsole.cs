namespace Psr.Cli.Tests;

/// <summary>Runs the CLI in-process with stdin, stdout and stderr redirected, restoring them afterwards.</summary>
internal static class CapturedConsole
{
    public static (int Code, string Out, string Err) Run(string[] args, string stdin = "", Spectre.Console.IAnsiConsole? console = null)
    {
        var (oldIn, oldOut, oldErr) = (Console.In, Console.Out, Console.Error);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            Console.SetIn(new StringReader(stdin));
            Console.SetOut(stdout);
            Console.SetError(stderr);
            var code = PsrApp.Run(args, console);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetIn(oldIn);
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}

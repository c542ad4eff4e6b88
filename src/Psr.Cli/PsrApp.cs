using System.Globalization;
using Psr.Cli.Commands;
using Psr.Core.IO;
using Psr.Core.Errors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli;

/// <summary>The <c>psr</c> command line: one command class per verb, registered here.</summary>
public static class PsrApp
{
    /// <summary>Exit code for user errors (bad input, bad configuration).</summary>
    public const int UserError = 2;

    /// <summary>
    /// What a bare <c>-</c> argument (stdin) becomes before parsing: Spectre.Console.Cli reads <c>-</c> as an option
    /// prefix and rejects it, so <see cref="Run"/> swaps it for this token, which commands map back to <c>-</c>.
    /// </summary>
    public const string StdinArgument = Jsonl.StdinMarker;

    /// <summary>Builds the application; tests run it in-process, with <paramref name="console"/> taking help and parse errors.</summary>
    public static CommandApp Build(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.SetApplicationName("psr");
            if (console is not null)
                c.ConfigureConsole(console);
            c.PropagateExceptions();
            c.UseStrictParsing();
            c.AddCommand<EvalCommand>("eval").WithDescription("Evaluate predictions on a benchmark (or --gold: check the grader on gold solutions).");
            c.AddCommand<ExportCommand>("export").WithDescription("Export a run's step pairs for TRL, LLaMA-Factory or Step-DPO.");
            c.AddCommand<GradeCommand>("grade").WithDescription("Grade JSONL lines of reference + prediction/output.");
            c.AddCommand<ReportCommand>("report").WithDescription("Write a run's report.html and report.json (plots, step-tree viewer) and print its summary.");
            c.AddCommand<RunCommand>("run").WithDescription("Run the process-based self-rewarding loop.");
            c.AddCommand<ServeCommand>("serve").WithDescription("Serve a checkpoint over an OpenAI-compatible HTTP API.");
            c.AddCommand<TokenizeCommand>("tokenize").WithDescription("Add token ids to JSONL lines with a \"text\" field.");
            c.AddCommand<TrainDpoCommand>("train-dpo").WithDescription("Step-DPO on TRL preference rows (psr's trainer standing in for an external one).");
            c.AddBranch("world", w =>
            {
                w.SetDescription("The built-in generated math world.");
                w.AddCommand<WorldGenerateCommand>("generate").WithDescription("Write a split of a preset as JSONL.");
                w.AddCommand<WorldMeasureCommand>("measure").WithDescription("Measure a world model: greedy, judge, search with the self-judge and the oracle.");
                w.AddCommand<WorldPretrainCommand>("pretrain").WithDescription("Train the base model M0 on gold solutions (IFT only).");
                w.AddCommand<WorldSampleCommand>("sample").WithDescription("Print problems, wrong steps and judge targets.");
                w.AddCommand<WorldSftCommand>("sft").WithDescription("Train M1 on IFT + EFT (from M0, with wrong steps sampled from a weak model).");
            });
        });
        return app;
    }

    /// <summary>Exit code for anything else that failed (a bug, a full disk, a native error).</summary>
    public const int InternalError = 1;

    /// <summary>The global flag that adds the stack trace to an unexpected failure's one line.</summary>
    public const string VerboseFlag = "--verbose";

    /// <summary>
    /// Runs the CLI. Every exception ends here as one line on stderr, <c>psr: &lt;what failed&gt;: &lt;message&gt;</c>,
    /// and a non-zero exit: user errors (bad input, bad configuration) exit <see cref="UserError"/>, anything else
    /// <see cref="InternalError"/>, with its stack trace only under <see cref="VerboseFlag"/>.
    /// </summary>
    public static int Run(string[] args, IAnsiConsole? console = null)
    {
        // Output formats never depend on the user's locale (numbers in JSON, tables, reports).
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var verbose = args.Contains(VerboseFlag);
        var rewritten = args.Where(a => a != VerboseFlag).Select(a => a == "-" ? Jsonl.StdinMarker : a).ToArray();
        try
        {
            return Build(console).Run(rewritten);
        }
        catch (Exception e)
        {
            return Fail(e, What(rewritten), verbose);
        }
    }

    /// <summary>Prints one line for <paramref name="e"/> (plus the trace when verbose) and returns the exit code.</summary>
    public static int Fail(Exception e, string what, bool verbose)
    {
        var user = e is PsrException or CommandParseException or CommandRuntimeException;
        var message = OneLine(e.Message);
        Console.Error.WriteLine(user ? $"psr: {message}" : $"psr: {what} failed: {message} ({e.GetType().Name}; {VerboseFlag} shows where)");
        if (verbose)
            Console.Error.WriteLine(e.ToString());
        return user ? UserError : InternalError;
    }

    /// <summary>The verb that ran (<c>grade</c>, <c>world sft</c>), for the error line.</summary>
    private static string What(string[] args)
    {
        var verbs = args.TakeWhile(a => !a.StartsWith('-') && a != Jsonl.StdinMarker).Take(2).ToList();
        return verbs.Count == 2 && verbs[0] == "world" ? $"world {verbs[1]}" : verbs.FirstOrDefault() ?? "psr";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
}

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

    /// <summary>Builds the application; tests run it in-process.</summary>
    public static CommandApp Build()
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.SetApplicationName("psr");
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

    /// <summary>Runs the CLI, mapping user errors to one line on stderr and a non-zero exit code.</summary>
    public static int Run(string[] args)
    {
        // Output formats never depend on the user's locale (numbers in JSON, tables, reports).
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var rewritten = args.Select(a => a == "-" ? Jsonl.StdinMarker : a).ToArray();
        try
        {
            return Build().Run(rewritten);
        }
        catch (PsrException e)
        {
            Console.Error.WriteLine("psr: " + e.Message);
            return UserError;
        }
        catch (CommandParseException e)
        {
            Console.Error.WriteLine("psr: " + e.Message);
            return UserError;
        }
        catch (CommandRuntimeException e)
        {
            Console.Error.WriteLine("psr: " + e.Message);
            return UserError;
        }
    }
}

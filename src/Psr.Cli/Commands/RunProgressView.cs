using System.Globalization;
using Psr.Backends.OpenAI.Roles;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Spectre.Console;

namespace Psr.Cli.Commands;

/// <summary>
/// Spectre.Console progress bars for <c>psr run</c>: one bar per stage task (counts, elapsed, ETA), and one line per
/// finished or skipped stage. On a terminal without cursor control the lines alone are printed.
/// </summary>
internal static class RunProgressView
{
    public static async Task<RunSummary> RunAsync(RunConfig config, RunDirectory run, CancellationToken ct)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
            return await new SelfRewardingLoop(config, run, null, PrintStage, Remote(), LoopExtensions.All).RunAsync(ct).ConfigureAwait(false);
        RunSummary? summary = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var bars = new Bars(ctx);
                summary = await new SelfRewardingLoop(config, run, bars, bars.Finish, Remote(), LoopExtensions.All).RunAsync(ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return summary!;
    }

    /// <summary>The HTTP roles (used only where backends.policy/judge say OpenAiCompatible); warnings go to stderr.</summary>
    private static EndpointRoles Remote() => new(warning => Console.Error.WriteLine("psr run: warning: " + warning));

    private static void PrintStage(StageRunResult r) => AnsiConsole.WriteLine(Line(r));

    private static string Line(StageRunResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Manifest.Round:D2}-{r.Manifest.Stage}: {(r.Skipped ? "already done" : "done")} ({r.Manifest.Seconds:F1}s, attempts {r.Manifest.Attempts})");

    /// <summary>Creates a bar per task label on first sight and moves it; called on the loop's thread.</summary>
    private sealed class Bars(ProgressContext ctx) : IProgress<StageProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

        public void Report(StageProgress value)
        {
            if (!_tasks.TryGetValue(value.Task, out var task))
                _tasks[value.Task] = task = ctx.AddTask(value.Task, maxValue: Math.Max(1, value.Total));
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = string.Create(CultureInfo.InvariantCulture, $"{value.Task} {value.Done}/{value.Total}");
        }

        public void Finish(StageRunResult r)
        {
            var prefix = $"{r.Manifest.Round:D2}-{r.Manifest.Stage}";
            foreach (var (label, task) in _tasks.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)))
                task.Value = task.MaxValue;
            if (r.Skipped || !_tasks.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)))
                ctx.AddTask(Line(r), maxValue: 1).Value = 1;
        }
    }
}

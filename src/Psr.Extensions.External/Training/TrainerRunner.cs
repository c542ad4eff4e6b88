using System.Text;
using CliWrap;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Extensions.External.Training;

/// <summary>
/// Runs an external trainer's command line in a shell (CliWrap), appending its stdout and stderr to a log file line
/// by line and reporting each line; a non-zero exit code or the timeout is one <see cref="PsrException"/> naming the
/// command, the exit code and the last lines of its output. Cancellation kills the process.
/// </summary>
public static class TrainerRunner
{
    private const int TailLines = 5;

    /// <summary>Runs <paramref name="commandLine"/>; returns when it exited with code 0.</summary>
    public static async Task RunAsync(string commandLine, string workingDirectory, string logPath, TimeSpan? timeout, Action<string>? onLine,
        CancellationToken cancellationToken)
    {
        var tail = new Queue<string>();
        using var log = new StreamWriter(logPath, append: false, new UTF8Encoding(false)) { AutoFlush = true };
        var gate = new Lock();
        void Line(string line)
        {
            lock (gate)
            {
                log.WriteLine(line);
                tail.Enqueue(line);
                if (tail.Count > TailLines)
                    tail.Dequeue();
            }
            onLine?.Invoke(line);
        }

        var windows = OperatingSystem.IsWindows();
        var command = Cli.Wrap(windows ? "cmd.exe" : "/bin/sh")
            .WithArguments(windows ? ["/c", commandLine] : ["-c", commandLine])
            .WithWorkingDirectory(workingDirectory)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(Line))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(Line));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } t)
            limit.CancelAfter(t);
        int exitCode;
        try
        {
            exitCode = (await command.ExecuteAsync(limit.Token).ConfigureAwait(false)).ExitCode;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PsrException($"external trainer `{commandLine}` ran past its {timeout!.Value.TotalMinutes:0.##}-minute limit and was stopped (log: {logPath})");
        }
        if (exitCode != 0)
        {
            var last = string.Join(" | ", tail).ReplaceLineEndings(" ");
            throw new PsrException($"external trainer `{commandLine}` failed with exit code {exitCode} (log: {logPath}){(last.Length > 0 ? ": " + last : "")}");
        }
    }
}

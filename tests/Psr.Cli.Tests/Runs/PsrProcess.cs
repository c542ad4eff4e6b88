using System.Diagnostics;

namespace Psr.Cli.Tests.Runs;

/// <summary>
/// The real <c>psr</c> CLI as a child process (<c>dotnet psr.dll …</c>, the build next to this test assembly), so a
/// test can kill it with SIGKILL exactly as a user's <c>kill -9</c> would.
/// </summary>
internal static class PsrProcess
{
    /// <summary>Runs <c>psr</c> to completion; returns its exit code and everything it printed.</summary>
    public static (int Code, string Output) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args, out var output);
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>
    /// Starts <c>psr</c> and kills it (the whole process tree, SIGKILL) once <paramref name="due"/> holds (polled every
    /// 20 ms) and a further <paramref name="extra"/> has passed; returns true if it was killed, false if it had already
    /// exited (with code 0, else the test fails).
    /// </summary>
    public static bool RunAndKill(string workingDirectory, Func<bool> due, TimeSpan extra, params string[] args)
    {
        using var process = Start(workingDirectory, args, out var output);
        while (!due())
        {
            if (process.WaitForExit(TimeSpan.FromMilliseconds(20)))
                return Exited(process, output);
        }
        if (process.WaitForExit(extra))
            return Exited(process, output);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    private static bool Exited(Process process, System.Text.StringBuilder output)
    {
        Assert.True(process.ExitCode == 0, $"psr exited with {process.ExitCode} before the kill:\n{output}");
        return false;
    }

    private static Process Start(string workingDirectory, string[] args, out System.Text.StringBuilder output)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(PsrDll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        var text = new System.Text.StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(text, e.Data);
        process.ErrorDataReceived += (_, e) => Append(text, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = text;
        return process;
    }

    private static void Append(System.Text.StringBuilder text, string? line)
    {
        if (line is null)
            return;
        lock (text)
            text.AppendLine(line);
    }

    /// <summary>The CLI's entry assembly, copied next to the tests by the project reference.</summary>
    private static string PsrDll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "psr.dll");
            Assert.True(File.Exists(path), $"{path}: the psr CLI is not built next to the tests");
            Assert.True(File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")), $"{path}: no runtimeconfig next to it");
            return path;
        }
    }
}

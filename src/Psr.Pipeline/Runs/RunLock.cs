using Psr.Core.Errors;

namespace Psr.Pipeline.Runs;

/// <summary>
/// Holds a run directory for one <c>psr run</c> at a time: an exclusive OS lock on <c>.lock</c> inside it (on Linux and
/// macOS .NET takes <c>flock(LOCK_EX)</c> for <see cref="FileShare.None"/>, on Windows a share-mode lock). The OS drops
/// the lock when the process exits, however it exits, so a crash or <c>kill -9</c> never leaves a stale lock; the
/// file itself stays behind and means nothing on its own.
/// </summary>
public sealed class RunLock : IDisposable
{
    /// <summary>The lock file's name inside the run directory.</summary>
    public const string FileName = ".lock";

    private readonly FileStream _stream;

    private RunLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock on <paramref name="root"/> (creating the folder), or fails at once with one line.</summary>
    public static RunLock Acquire(string root)
    {
        var full = Path.GetFullPath(root);
        Directory.CreateDirectory(full);
        var path = Path.Combine(full, FileName);
        try
        {
            return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new PsrException($"{full}: another psr run is working in this run directory ({FileName} is locked); wait for it to finish or choose another --out");
        }
        catch (UnauthorizedAccessException)
        {
            throw new PsrException($"{path}: cannot create the run lock (permission denied)");
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}

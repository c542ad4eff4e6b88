using System.Runtime.InteropServices;

namespace Psr.Core.IO;

/// <summary>
/// Makes a rename durable: on Linux a rename is recorded in the parent directory, which must itself be fsynced, or a
/// power cut after the rename can bring back the old name (ext4 data=ordered, XFS). Elsewhere a no-op (.NET cannot
/// open a directory as a file; Windows' MoveFileEx with write-through covers it).
/// </summary>
public static class DirectorySync
{
    /// <summary>Flushes <paramref name="directory"/>'s entries to disk; a failure to sync is not fatal (best effort).</summary>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var fd = Open(directory, 0); // O_RDONLY: enough to fsync a directory
        if (fd < 0)
            return;
        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}

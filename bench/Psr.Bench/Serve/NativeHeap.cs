using System.Runtime.InteropServices;

namespace Psr.Bench.Serve;

/// <summary>
/// glibc's own view of the native heap (libtorch's CPU tensors and every other native allocation go through
/// <c>malloc</c>): <c>mallinfo2</c> sums all arenas, so it tells memory in use from freed memory the allocator keeps.
/// No library exposes these two calls; they are plain libc entry points.
/// </summary>
internal static partial class NativeHeap
{
    /// <summary>Whether the calls are available (Linux with glibc ≥ 2.33).</summary>
    public static bool Available { get; } = Probe();

    /// <summary>The heap's state now; zeros where glibc is unavailable.</summary>
    public static NativeHeapInfo Read()
    {
        if (!Available)
            return default;
        var m = MallInfo2();
        // arena = bytes taken from the system by sbrk/arena heaps; hblkhd = mmapped chunks (always returned on free).
        return new NativeHeapInfo((long)m.Uordblks + (long)m.Hblkhd, (long)m.Fordblks, (long)m.Hblkhd);
    }

    /// <summary>Returns free arena memory to the system (<c>malloc_trim(0)</c>); false when nothing was released.</summary>
    public static bool Trim() => Available && MallocTrim(0) != 0;

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            _ = MallInfo2();
            return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // musl or glibc < 2.33
        }
    }

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallInfo MallInfo2();

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    /// <summary>glibc's <c>struct mallinfo2</c> (all fields size_t).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct MallInfo
    {
        public readonly nuint Arena;
        public readonly nuint Ordblks;
        public readonly nuint Smblks;
        public readonly nuint Hblks;
        public readonly nuint Hblkhd;
        public readonly nuint Usmblks;
        public readonly nuint Fsmblks;
        public readonly nuint Uordblks;
        public readonly nuint Fordblks;
        public readonly nuint Keepcost;
    }
}

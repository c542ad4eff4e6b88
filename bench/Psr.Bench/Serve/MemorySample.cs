using System.Diagnostics;
using System.Globalization;
using TorchSharp;

namespace Psr.Bench.Serve;

/// <summary>
/// One reading of where the process's memory is: resident set (VmRSS), glibc heap in use and freed-but-held, .NET GC
/// committed memory and live managed bytes, threads, and live TorchSharp tensors (process-wide count).
/// </summary>
internal readonly record struct MemorySample(
    double Seconds, string Phase, long Resident, NativeHeapInfo Native, long GcCommitted, long Managed, int Threads, long LiveTensors)
{
    public static MemorySample Take(double seconds, string phase)
    {
        var (rss, threads) = ProcStatus();
        return new MemorySample(seconds, phase, rss, NativeHeap.Read(), GC.GetGCMemoryInfo().TotalCommittedBytes,
            GC.GetTotalMemory(forceFullCollection: false), threads, torch.Tensor.TotalCount);
    }

    public static string Header => "    t s  phase     RSS MiB  malloc used  malloc free  GC committed  managed  threads  tensors";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Seconds,7:F0}  {Phase,-8} {Mi(Resident),8:F1}  {Mi(Native.InUse),11:F1}  {Mi(Native.FreeHeld),11:F1}  {Mi(GcCommitted),12:F1}  {Mi(Managed),7:F1}  {Threads,7}  {LiveTensors,7}");

    public static double Mi(long bytes) => bytes / 1048576.0;

    /// <summary>VmRSS and Threads from /proc/self/status (Linux); the working set and thread count elsewhere.</summary>
    private static (long Resident, int Threads) ProcStatus()
    {
        if (!File.Exists("/proc/self/status"))
        {
            using var process = Process.GetCurrentProcess();
            return (process.WorkingSet64, process.Threads.Count);
        }
        long rss = 0;
        var threads = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                rss = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
            else if (line.StartsWith("Threads:", StringComparison.Ordinal))
                threads = int.Parse(line.AsSpan(8).Trim(), CultureInfo.InvariantCulture);
        }
        return (rss, threads);
    }
}

namespace Psr.Model.Native;

/// <summary>
/// What this CPU computes natively, as the OS reports it. bfloat16 products pay only where the CPU multiplies bfloat16
/// itself (x86-64 AVX512_BF16 or AMX-BF16): elsewhere oneDNN emulates them and they run several times slower than
/// float32 (docs/benchmarks.md, "bfloat16"). .NET's intrinsics do not report AVX512_BF16, so the Linux flags are read.
/// </summary>
public static class CpuFeatures
{
    private static readonly Lazy<bool> Native = new(() => HasNativeBFloat16(ReadCpuInfo()));

    /// <summary>True where this CPU multiplies bfloat16 natively (Linux: <c>avx512_bf16</c> or <c>amx_bf16</c> in /proc/cpuinfo; false on other systems).</summary>
    public static bool NativeBFloat16 => Native.Value;

    /// <summary>True when a <c>/proc/cpuinfo</c> text lists <c>avx512_bf16</c> or <c>amx_bf16</c> among a processor's flags.</summary>
    public static bool HasNativeBFloat16(string? cpuInfo)
    {
        if (string.IsNullOrEmpty(cpuInfo))
            return false;
        foreach (var line in cpuInfo.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !line[..colon].Trim().Equals("flags", StringComparison.Ordinal))
                continue;
            var flags = line[(colon + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (flags.Contains("avx512_bf16", StringComparer.Ordinal) || flags.Contains("amx_bf16", StringComparer.Ordinal))
                return true;
        }
        return false;
    }

    private static string? ReadCpuInfo()
    {
        try
        {
            return OperatingSystem.IsLinux() && File.Exists("/proc/cpuinfo") ? File.ReadAllText("/proc/cpuinfo") : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

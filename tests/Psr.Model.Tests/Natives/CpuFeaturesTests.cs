using Psr.Model.Native;

namespace Psr.Model.Tests.Natives;

public sealed class CpuFeaturesTests
{
    // A real flags line is long: the flag sits far into it (the first build split it into at most 9 parts and missed it).
    private const string Zen4 = "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov"
        + " pat pse36 clflush mmx fxsr sse sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm avx2 avx512f avx_vnni avx512_bf16 clzero"
        + " avx512_vnni\nbugs\t\t: sysret_ss_attrs\n";
    private const string SapphireRapids = "processor\t: 0\nflags\t\t: fpu avx512f amx_bf16 amx_tile amx_int8\n";
    private const string Skylake = "processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512bw avx512_vnni\n\nprocessor\t: 1\nflags\t\t: fpu avx2 avx512f\n";

    [Theory]
    [InlineData(Zen4, true)]
    [InlineData(SapphireRapids, true)]
    [InlineData(Skylake, false)]
    [InlineData("flags\t\t: avx512_bf16x amx_bf16_pre\n", false)] // whole flags only
    [InlineData("model name\t: avx512_bf16 in a name\n", false)] // only the flags line counts
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Native_bfloat16_is_read_from_the_flags_lines(string? cpuInfo, bool native)
    {
        Assert.Equal(native, CpuFeatures.HasNativeBFloat16(cpuInfo));
    }

    [Fact]
    public void This_machine_is_read_whole()
    {
        // Given this machine's own report as another program reads it
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(CpuFeatures.NativeBFloat16);
            return;
        }
        using var cat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("cat", "/proc/cpuinfo") { RedirectStandardOutput = true })!;
        var text = cat.StandardOutput.ReadToEnd();
        cat.WaitForExit();

        // Then
        Assert.Contains("flags", text, StringComparison.Ordinal);
        Assert.Equal(CpuFeatures.HasNativeBFloat16(text), CpuFeatures.NativeBFloat16);
    }
}

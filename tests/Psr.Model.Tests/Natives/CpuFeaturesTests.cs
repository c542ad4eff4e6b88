using Psr.Model.Native;

namespace Psr.Model.Tests.Natives;

public sealed class CpuFeaturesTests
{
    private const string Zen4 = "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu vme avx2 avx512f avx512_bf16 avx512_vnni\nbugs\t\t: sysret_ss_attrs\n";
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
    public void This_machine_is_read_the_same_way()
    {
        // Given this machine's own report (Linux), or none
        var text = File.Exists("/proc/cpuinfo") ? File.ReadAllText("/proc/cpuinfo") : null;

        // Then
        Assert.Equal(CpuFeatures.HasNativeBFloat16(text), CpuFeatures.NativeBFloat16);
    }
}

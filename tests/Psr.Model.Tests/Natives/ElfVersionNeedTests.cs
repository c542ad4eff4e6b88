namespace Psr.Model.Tests.Natives;

public sealed class ElfVersionNeedTests
{
    [Fact]
    public void Marking_a_required_version_weak_flips_only_its_flag()
    {
        // Given an ELF that needs GLIBCXX_3.4.30 and GLIBCXX_3.4.32
        var original = SyntheticElf.Build();
        var elf = (byte[])original.Clone();

        // When GLIBCXX_3.4.32 is marked weak
        var result = ElfVersionNeed.MarkWeak(elf, "GLIBCXX_3.4.32");

        // Then exactly one byte changed: that entry's vna_flags gained VER_FLG_WEAK
        Assert.Equal(VersionNeedPatch.Patched, result);
        var changed = Enumerable.Range(0, elf.Length).Where(i => elf[i] != original[i]).ToArray();
        Assert.Equal([SyntheticElf.Weak32FlagsOffset], changed);
        Assert.Equal(0x2, elf[SyntheticElf.Weak32FlagsOffset]);
    }

    [Fact]
    public void Marking_twice_is_idempotent()
    {
        // Given an ELF already patched once
        var elf = SyntheticElf.Build();
        ElfVersionNeed.MarkWeak(elf, "GLIBCXX_3.4.32");
        var once = (byte[])elf.Clone();

        // When it is patched again
        var result = ElfVersionNeed.MarkWeak(elf, "GLIBCXX_3.4.32");

        // Then nothing changes and the result says so
        Assert.Equal(VersionNeedPatch.AlreadyWeak, result);
        Assert.Equal(once, elf);
    }

    [Fact]
    public void A_version_the_file_does_not_need_is_left_alone()
    {
        var original = SyntheticElf.Build();
        var elf = (byte[])original.Clone();

        var result = ElfVersionNeed.MarkWeak(elf, "GLIBCXX_3.4.99");

        Assert.Equal(VersionNeedPatch.NotRequired, result);
        Assert.Equal(original, elf);
    }

    [Theory]
    [InlineData("GLIBCXX_3.4.30", true)]
    [InlineData("GLIBCXX_3.4.32", false)]
    public void Defined_versions_are_read_from_the_verdef_section(string version, bool defined)
    {
        Assert.Equal(defined, ElfVersionNeed.Defines(SyntheticElf.Build(), version));
    }

    [Fact]
    public void Non_elf_and_truncated_files_are_rejected()
    {
        // Given a text file and an ELF cut before its section headers
        var text = new byte[128];
        var truncated = SyntheticElf.Build()[..0x2F0];

        // Then both are refused rather than patched blindly
        Assert.Throws<InvalidDataException>(() => ElfVersionNeed.MarkWeak(text, "GLIBCXX_3.4.32"));
        Assert.Throws<InvalidDataException>(() => ElfVersionNeed.MarkWeak(truncated, "GLIBCXX_3.4.32"));
    }

    [Fact]
    public void The_shipped_TorchSharp_library_patches_idempotently()
    {
        // Given a copy of the libLibTorchSharp.so in this test's output (patched by the build on old systems)
        var path = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(File.Exists(path));
            return;
        }
        var before = File.ReadAllBytes(path);
        var elf = (byte[])before.Clone();

        // When GLIBCXX_3.4.32 is marked weak twice
        var first = ElfVersionNeed.MarkWeak(elf, "GLIBCXX_3.4.32");
        var second = ElfVersionNeed.MarkWeak(elf, "GLIBCXX_3.4.32");

        // Then the library needs that version, at most one byte changes, and the second pass changes nothing
        Assert.Contains(first, new[] { VersionNeedPatch.Patched, VersionNeedPatch.AlreadyWeak });
        Assert.Equal(VersionNeedPatch.AlreadyWeak, second);
        Assert.True(Enumerable.Range(0, elf.Length).Count(i => elf[i] != before[i]) <= 1);
    }
}

// Build-time fix for TorchSharp 0.107.0's native library on older Linux systems (Debian 12, Ubuntu 22.04).
//
// Why: libLibTorchSharp.so was linked against GCC 13's libstdc++ and records a version requirement on
// GLIBCXX_3.4.32. Debian 12 ships GCC 12's libstdc++ (up to GLIBCXX_3.4.30), so the dynamic loader refuses the
// library and TorchSharp reports a misleading "doesn't contain a reference to libtorch-cpu-linux-x64" error.
// The only symbol bound to that version is std::ios_base_library_init(), which nothing calls (no relocation uses
// it). Setting VER_FLG_WEAK (0x2) on that one vernaux entry turns the hard failure into glibc's "weak version not
// found" note, and the library loads and runs (verified in ../shared/docs/torchsharp-on-cpu.md). patchelf cannot do
// this (--clear-symbol-version leaves the verneed entry), hence these few lines of ELF walking.
//
// This one file is compiled twice: by MSBuild's RoslynCodeTaskFactory (Directory.Build.targets), which gets the
// task class, and by tests/Psr.Model.Tests (which defines PSR_ELF_TESTS), which tests ElfVersionNeed alone.
#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

#if !PSR_ELF_TESTS
/// <summary>
/// MSBuild task: on Linux, when the system libstdc++ lacks <see cref="VersionName"/>, marks that version
/// requirement weak in each of <see cref="Files"/> (copies in build outputs, never the NuGet cache). Idempotent.
/// </summary>
public sealed class MarkVersionNeedWeak : Microsoft.Build.Utilities.Task
{
    /// <summary>Native libraries in an output folder; missing files are skipped.</summary>
    [Microsoft.Build.Framework.Required]
    public Microsoft.Build.Framework.ITaskItem[] Files { get; set; } = Array.Empty<Microsoft.Build.Framework.ITaskItem>();

    /// <summary>The version requirement to weaken, e.g. GLIBCXX_3.4.32.</summary>
    [Microsoft.Build.Framework.Required]
    public string VersionName { get; set; } = "";

    public override bool Execute()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            return true;
        var libstdcxx = SystemLibrary.Find("libstdc++.so.6");
        if (libstdcxx != null && ElfVersionNeed.Defines(File.ReadAllBytes(libstdcxx), VersionName))
        {
            Log.LogMessage($"psr: {libstdcxx} defines {VersionName}; native libraries left unchanged");
            return true;
        }
        foreach (var item in Files)
            Patch(Path.GetFullPath(item.ItemSpec), libstdcxx ?? "libstdc++.so.6 (not found)");
        return !Log.HasLoggedErrors;
    }

    private void Patch(string path, string libstdcxx)
    {
        if (!File.Exists(path))
            return;
        var bytes = File.ReadAllBytes(path);
        var result = ElfVersionNeed.MarkWeak(bytes, VersionName);
        if (result != VersionNeedPatch.Patched)
        {
            Log.LogMessage($"psr: {path}: {VersionName} {result}");
            return;
        }
        // Write a sibling and rename over the output copy: a hard-linked or symlinked copy-local file must never
        // carry the patch back into the NuGet cache. Keeping the timestamp lets incremental copies skip the file.
        // Copying first keeps the file mode.
        var stamp = File.GetLastWriteTimeUtc(path);
        var tmp = path + ".psr-tmp";
        File.Copy(path, tmp, overwrite: true);
        File.WriteAllBytes(tmp, bytes);
        File.SetLastWriteTimeUtc(tmp, stamp);
        File.Delete(path);
        File.Move(tmp, path);
        Log.LogMessage(Microsoft.Build.Framework.MessageImportance.High,
            $"psr: marked {VersionName} weak in {path} ({libstdcxx} lacks it)");
    }
}

/// <summary>Finds a shared library the way the dynamic loader would, via its cache, then well-known folders.</summary>
internal static class SystemLibrary
{
    private static readonly string[] Folders =
        { "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
          "/usr/lib64", "/lib64", "/usr/lib", "/lib" };

    public static string? Find(string soname)
    {
        foreach (var line in LoaderCache())
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (line.TrimStart().StartsWith(soname + " ", StringComparison.Ordinal) && arrow > 0)
            {
                var path = line.Substring(arrow + 2).Trim();
                if (File.Exists(path))
                    return path;
            }
        }
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, soname);
            if (File.Exists(path))
                return path;
        }
        return null;
    }

    private static IEnumerable<string> LoaderCache()
    {
        foreach (var ldconfig in new[] { "/sbin/ldconfig", "/usr/sbin/ldconfig" })
        {
            if (!File.Exists(ldconfig))
                continue;
            var info = new ProcessStartInfo(ldconfig, "-p") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(info);
            if (process == null)
                continue;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n');
        }
        return Array.Empty<string>();
    }
}
#endif

/// <summary>Outcome of <see cref="ElfVersionNeed.MarkWeak"/>.</summary>
public enum VersionNeedPatch
{
    /// <summary>The flag was set now.</summary>
    Patched,

    /// <summary>The requirement was already weak; nothing changed.</summary>
    AlreadyWeak,

    /// <summary>The file does not require the version; nothing changed.</summary>
    NotRequired,
}

/// <summary>
/// Reads and edits the GNU symbol-versioning sections of a little-endian ELF64 shared library held in memory.
/// Layouts: System V gABI section headers; Verneed/Vernaux and Verdef/Verdaux from the LSB "Symbol Versioning".
/// </summary>
public static class ElfVersionNeed
{
    private const uint ShtGnuVerdef = 0x6ffffffd;
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    /// <summary>Sets VER_FLG_WEAK on every vernaux entry named <paramref name="version"/>.</summary>
    public static VersionNeedPatch MarkWeak(byte[] elf, string version)
    {
        var result = VersionNeedPatch.NotRequired;
        foreach (var section in Sections(elf, ShtGnuVerneed))
        {
            var need = section.Offset;
            for (var i = 0; i < section.Info; i++)
            {
                var aux = need + U32(elf, need + 8);
                for (var j = 0; j < U16(elf, need + 2); j++)
                {
                    if (Name(elf, section.StringTable, U32(elf, aux + 8)) == version)
                    {
                        var flags = U16(elf, aux + 4);
                        if ((flags & VerFlgWeak) != 0 && result == VersionNeedPatch.NotRequired)
                            result = VersionNeedPatch.AlreadyWeak;
                        if ((flags & VerFlgWeak) == 0)
                        {
                            elf[Checked(elf, aux + 4, 2)] |= (byte)VerFlgWeak;
                            result = VersionNeedPatch.Patched;
                        }
                    }
                    aux += U32(elf, aux + 12);
                }
                need += U32(elf, need + 12);
            }
        }
        return result;
    }

    /// <summary>True when the library defines (exports) symbol version <paramref name="version"/>.</summary>
    public static bool Defines(byte[] elf, string version)
    {
        foreach (var section in Sections(elf, ShtGnuVerdef))
        {
            var def = section.Offset;
            for (var i = 0; i < section.Info; i++)
            {
                var aux = def + U32(elf, def + 12);
                if (Name(elf, section.StringTable, U32(elf, aux)) == version)
                    return true;
                def += U32(elf, def + 16);
            }
        }
        return false;
    }

    private readonly struct Section
    {
        public Section(long offset, uint info, long stringTable) { Offset = offset; Info = info; StringTable = stringTable; }
        public long Offset { get; }
        public uint Info { get; }
        public long StringTable { get; }
    }

    private static List<Section> Sections(byte[] elf, uint type)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != 'E' || elf[2] != 'L' || elf[3] != 'F')
            throw new InvalidDataException("not an ELF file");
        if (elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("only little-endian ELF64 is supported");
        var table = (long)U64(elf, 0x28);
        var entrySize = U16(elf, 0x3A);
        var count = U16(elf, 0x3C);
        var found = new List<Section>();
        for (var i = 0; i < count; i++)
        {
            var header = table + (long)i * entrySize;
            if (U32(elf, header + 4) != type)
                continue;
            var link = U32(elf, header + 40);
            var strings = (long)U64(elf, table + (long)link * entrySize + 24);
            found.Add(new Section((long)U64(elf, header + 24), U32(elf, header + 44), strings));
        }
        return found;
    }

    private static string Name(byte[] elf, long stringTable, uint offset)
    {
        var start = Checked(elf, stringTable + offset, 1);
        var end = Array.IndexOf(elf, (byte)0, start);
        if (end < 0)
            throw new InvalidDataException($"unterminated string at offset {start}");
        return Encoding.ASCII.GetString(elf, start, end - start);
    }

    // Explicit little-endian reads: the task compiles against netstandard2.0, which lacks BinaryPrimitives.
    private static ushort U16(byte[] elf, long at) => (ushort)Read(elf, at, 2);
    private static uint U32(byte[] elf, long at) => (uint)Read(elf, at, 4);
    private static ulong U64(byte[] elf, long at) => Read(elf, at, 8);

    private static ulong Read(byte[] elf, long at, int size)
    {
        var start = Checked(elf, at, size);
        ulong value = 0;
        for (var i = size - 1; i >= 0; i--)
            value = (value << 8) | elf[start + i];
        return value;
    }

    private static int Checked(byte[] elf, long at, int size)
    {
        if (at < 0 || at + size > elf.Length)
            throw new InvalidDataException($"offset {at} outside the {elf.Length}-byte file");
        return (int)at;
    }
}

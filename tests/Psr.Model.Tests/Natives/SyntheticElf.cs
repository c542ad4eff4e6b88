using System.Buffers.Binary;
using System.Text;

namespace Psr.Model.Tests.Natives;

/// <summary>
/// A minimal little-endian ELF64 image with a string table, a verneed section (libstdc++.so.6 needing
/// GLIBCXX_3.4.30 and GLIBCXX_3.4.32) and a verdef section (defining GLIBCXX_3.4.30).
/// </summary>
internal static class SyntheticElf
{
    public const int Weak30FlagsOffset = 0x200 + 16 + 4;
    public const int Weak32FlagsOffset = 0x200 + 32 + 4;

    public static byte[] Build()
    {
        var elf = new byte[0x400];
        "\u007fELF"u8.CopyTo(elf);
        elf[4] = 2; // ELFCLASS64
        elf[5] = 1; // ELFDATA2LSB
        const int sections = 0x300;
        W64(elf, 0x28, sections);
        W16(elf, 0x3A, 64);
        W16(elf, 0x3C, 4);

        // .dynstr at 0x100
        var strings = Encoding.ASCII.GetBytes("\0libstdc++.so.6\0GLIBCXX_3.4.30\0GLIBCXX_3.4.32\0");
        strings.CopyTo(elf, 0x100);
        const uint file = 1, v30 = 16, v32 = 31;
        Header(elf, sections + 64, type: 3, offset: 0x100, size: strings.Length, link: 0, info: 0);

        // .gnu.version_r at 0x200: one Verneed with two Vernaux entries
        Header(elf, sections + 128, type: 0x6ffffffe, offset: 0x200, size: 48, link: 1, info: 1);
        W16(elf, 0x200, 1);
        W16(elf, 0x202, 2);
        W32(elf, 0x204, file);
        W32(elf, 0x208, 16);
        Aux(elf, 0x210, v30, next: 16, other: 2);
        Aux(elf, 0x220, v32, next: 0, other: 3);

        // .gnu.version_d at 0x280: one Verdef naming GLIBCXX_3.4.30
        Header(elf, sections + 192, type: 0x6ffffffd, offset: 0x280, size: 28, link: 1, info: 1);
        W16(elf, 0x280, 1);
        W16(elf, 0x284, 2);
        W16(elf, 0x286, 1);
        W32(elf, 0x28C, 20);
        W32(elf, 0x280 + 20, v30);
        return elf;
    }

    private static void Aux(byte[] elf, int at, uint name, uint next, ushort other)
    {
        W16(elf, at + 6, other);
        W32(elf, at + 8, name);
        W32(elf, at + 12, next);
    }

    private static void Header(byte[] elf, int at, uint type, long offset, long size, uint link, uint info)
    {
        W32(elf, at + 4, type);
        W64(elf, at + 24, offset);
        W64(elf, at + 32, size);
        W32(elf, at + 40, link);
        W32(elf, at + 44, info);
    }

    private static void W16(byte[] b, int at, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), v);
    private static void W32(byte[] b, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), v);
    private static void W64(byte[] b, int at, long v) => BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(at), v);
}

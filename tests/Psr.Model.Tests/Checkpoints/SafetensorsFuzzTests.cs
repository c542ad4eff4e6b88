using System.Buffers.Binary;
using System.Text;
using CsCheck;
using Psr.Core.Errors;
using Psr.Model.Checkpoints;

namespace Psr.Model.Tests.Checkpoints;

/// <summary>Fuzz: any safetensors header is either read or refused with one line; never another exception.</summary>
public sealed class SafetensorsFuzzTests
{
    private static readonly Gen<string> Number = Gen.OneOf(Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[-3, 64].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.Const("1e400"), Gen.Const("-0"), Gen.Const("4294967296"));

    private static readonly Gen<string> Dtype = Gen.OneOf(Gen.Const("\"F32\""), Gen.Const("\"BF16\""), Gen.Const("\"I64\""), Gen.Const("\"F8\""), Gen.Const("\"\\ud800\""), Gen.Const("null"), Number);

    private static readonly Gen<string> Entry = Gen.Select(Dtype, Number.Array[0, 4], Number.Array[0, 3], Gen.Bool, (dtype, shape, offsets, asObject) =>
        asObject ? $"{{\"dtype\":{dtype},\"shape\":[{string.Join(',', shape)}],\"data_offsets\":[{string.Join(',', offsets)}]}}" : $"[{dtype}]");

    private static readonly Gen<string> Name = Gen.OneOf(Gen.String[0, 12], Gen.Const("__metadata__"), Gen.Const("\\ud800"), Gen.Const("w"));

    private static readonly Gen<byte[]> Header = Gen.OneOf(
        Gen.Select(Name, Entry).Array[0, 4].Select(entries => Encoding.UTF8.GetBytes("{" + string.Join(',', entries.Select(e => $"\"{e.Item1.Replace("\"", "")}\":{e.Item2}")) + "}")),
        Gen.Byte.Array[0, 64],
        Gen.String[0, 40].Select(s => Encoding.UTF8.GetBytes(s)));

    [Fact]
    public void Two_thousand_random_headers_are_read_or_refused_with_one_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            // Given any header bytes, a length prefix that may lie, and a data section of 0..64 bytes
            Gen.Select(Header, Gen.Int[-2, 2], Gen.Int[0, 64]).Sample((header, lie, data) =>
            {
                var prefix = new byte[8];
                BinaryPrimitives.WriteUInt64LittleEndian(prefix, (ulong)Math.Max(0, header.Length + lie));
                File.WriteAllBytes(path, [.. prefix, .. header, .. new byte[data]]);

                // When it is read, Then it succeeds or fails with a one-line PsrException naming the file
                try
                {
                    SafetensorsHeader.Read(path);
                }
                catch (PsrException e)
                {
                    Assert.StartsWith(path, e.Message);
                    Assert.DoesNotContain('\n', e.Message);
                }
            }, iter: 2_000, threads: 1);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

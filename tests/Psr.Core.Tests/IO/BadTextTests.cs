using System.Text;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Core.Tests.IO;

/// <summary>Lone surrogates and invalid UTF-8 are one-line errors naming the file, line and field.</summary>
public sealed class BadTextTests
{
    [Fact]
    public void A_lone_surrogate_names_the_line_and_the_field()
    {
        var reader = new StringReader("{\"a\":\"ok\"}\n{\"a\":{\"b\":[\"x\",\"\\ud800\"]}}\n");

        var e = Assert.Throws<PsrException>(() => Jsonl.Read(reader, "in.jsonl").ToList());

        Assert.Equal("in.jsonl:2: field $.a.b[1]: a string holds a lone surrogate (invalid UTF-16)", e.Message);
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_and_a_repeated_name_are_errors_too()
    {
        var skipped = new List<(int, string)>();

        var lines = Jsonl.Read(new StringReader("{\"\\udc00\":1}\n{\"a\":1,\"a\":2}\n{\"a\":\"\\ud83d\\ude00\"}\n"), "x", (n, why) => skipped.Add((n, why))).ToList();

        Assert.Equal([1, 2], skipped.Select(s => s.Item1));
        Assert.Contains("property name", skipped[0].Item2);
        Assert.Contains("twice", skipped[1].Item2);
        Assert.Equal("\U0001F600", (string)lines.Single().Value["a"]!); // a valid pair passes
    }

    [Fact]
    public void Invalid_utf8_names_the_line_and_the_byte()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, [.. "{\"a\":\"\u00e9\"}\n"u8, .. "{\"a\":\"x"u8, 0xC3, 0x28, .. "\"}\n"u8]);
        try
        {
            var e = Assert.Throws<PsrException>(() => Jsonl.ReadFile(path));

            Assert.Equal($"{path}:2: invalid UTF-8 (byte 0xC3 at byte 8 of the line)", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_line_reader_keeps_lines_across_buffer_ends_and_drops_bom_and_cr()
    {
        var long1 = new string('x', 100_000);
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + long1 + "\r\né\n\nlast");

        using var reader = new Utf8LineReader(new MemoryStream(bytes), "m");

        Assert.Equal(long1, reader.ReadLine());
        Assert.Equal("é", reader.ReadLine());
        Assert.Equal("", reader.ReadLine());
        Assert.Equal('l', (char)reader.Peek());
        Assert.Equal("last", reader.ReadToEnd().TrimEnd('\n'));
        Assert.Null(reader.ReadLine());
        Assert.Equal(4, reader.LineNumber);
    }
}

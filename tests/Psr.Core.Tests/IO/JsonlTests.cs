using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Core.Tests.IO;

public sealed class JsonlTests
{
    [Fact]
    public void Malformed_line_error_names_source_and_line()
    {
        // Given a reader whose second non-blank line is broken
        var reader = new StringReader("{\"a\":1}\n\n{oops\n");

        // When / Then
        var e = Assert.Throws<PsrException>(() => Jsonl.Read(reader, "x.jsonl").ToList());
        Assert.StartsWith("x.jsonl:3: malformed JSON", e.Message);
    }

    [Fact]
    public void Invalid_lines_can_be_skipped_and_reported()
    {
        var reader = new StringReader("[1]\n{\"a\":1}\n");
        var skipped = new List<int>();

        var lines = Jsonl.Read(reader, "x", (n, _) => skipped.Add(n)).ToList();

        Assert.Equal([1], skipped);
        Assert.Single(lines);
        Assert.Equal(2, lines[0].LineNumber);
    }

    [Fact]
    public void Atomic_write_replaces_content_and_leaves_no_temp_files()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var path = Path.Combine(dir, "a.txt");
        AtomicFile.WriteAllText(path, "one");
        AtomicFile.WriteAllText(path, "two");

        Assert.Equal("two", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir));
    }

    [Fact]
    public void Atomic_write_that_fails_keeps_the_old_content()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var path = Path.Combine(dir, "a.txt");
        AtomicFile.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() =>
            AtomicFile.Write(path, s => { s.WriteByte(1); throw new InvalidOperationException("boom"); }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir));
    }
}

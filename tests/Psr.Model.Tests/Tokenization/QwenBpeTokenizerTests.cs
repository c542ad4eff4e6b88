using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Model.Tokenization;

namespace Psr.Model.Tests.Tokenization;

/// <summary>Loading rules and errors, on a hand-made Qwen-shaped <c>tokenizer.json</c> (see <see cref="TinyByteLevelBpe"/>).</summary>
public sealed class QwenBpeTokenizerTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Merges_in_string_and_array_form_give_the_same_ids(bool arrayMerges)
    {
        // Given a tokenizer.json with merges written as "a b" or as ["a", "b"]
        using var folder = new TempFolder();
        var file = Write(folder, TinyByteLevelBpe.Document(arrayMerges));
        // When loading and encoding, Then the merges apply in rank order
        var tokenizer = QwenBpeTokenizer.Load(file);
        Assert.Equal(TinyByteLevelBpe.HelloWorldIds, tokenizer.Encode("hello world"));
        Assert.Equal(262, tokenizer.VocabSize);
    }

    [Fact]
    public void Added_tokens_in_text_map_to_their_ids_and_decode_back_to_their_text()
    {
        // Given the tiny tokenizer
        using var folder = new TempFolder();
        var tokenizer = QwenBpeTokenizer.Load(Write(folder, TinyByteLevelBpe.Document(false)));
        // When text contains added tokens
        var ids = tokenizer.Encode("he<|im_end|><|endoftext|>");
        // Then each is one id, and decoding restores the text
        Assert.Equal(new[] { 256, 261, 260 }, ids);
        Assert.Equal("he<|im_end|><|endoftext|>", tokenizer.Decode(ids));
    }

    [Fact]
    public void Without_tokenizer_config_eos_and_pad_are_endoftext()
    {
        // Given a folder with tokenizer.json only, When loading, Then EOS and pad are <|endoftext|>
        using var folder = new TempFolder();
        Write(folder, TinyByteLevelBpe.Document(false));
        var tokenizer = QwenBpeTokenizer.Load(folder.Path);
        Assert.Equal((260, 260), (tokenizer.EosId, tokenizer.PadId));
    }

    [Theory]
    [InlineData("""{"eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"}""", 261, 260)]
    [InlineData("""{"eos_token": {"content": "<|im_end|>", "special": true}, "pad_token": null}""", 261, 260)]
    [InlineData("""{"eos_token": "<|endoftext|>", "pad_token": "<|im_end|>"}""", 260, 261)]
    [InlineData("""{"eos_token": "h"}""", 104, 260)]
    public void Tokenizer_config_names_eos_and_pad(string config, int eos, int pad)
    {
        // Given tokenizer_config.json beside tokenizer.json
        using var folder = new TempFolder();
        Write(folder, TinyByteLevelBpe.Document(false));
        File.WriteAllText(folder.File("tokenizer_config.json"), config);
        // When loading, Then the named tokens (or <|endoftext|> when unnamed) give the ids
        var tokenizer = TokenizerLoader.Load(folder.Path);
        Assert.Equal((eos, pad), (tokenizer.EosId, tokenizer.PadId));
    }

    [Fact]
    public void Decode_skips_ids_the_tokenizer_does_not_have()
    {
        // Given ids from a padded embedding (beyond the vocabulary)
        using var folder = new TempFolder();
        var tokenizer = QwenBpeTokenizer.Load(Write(folder, TinyByteLevelBpe.Document(false)));
        // When decoding, Then unknown ids are skipped rather than failing
        Assert.Equal("hehe", tokenizer.Decode([256, 5000, 256]));
    }

    [Theory]
    [InlineData("no-model", "tokenizer.json: field 'model' is missing")]
    [InlineData("vocab-array", "tokenizer.json: field 'model.vocab' must be an object, got []")]
    [InlineData("merge-three", "tokenizer.json: field 'model.merges[1]' must be \"a b\" or [\"a\", \"b\"], got [\"l\",\"l\",\"x\"]")]
    [InlineData("merge-unknown", "tokenizer.json: field 'model.merges' does not fit 'model.vocab'")]
    [InlineData("type-wordpiece", "tokenizer.json: field 'model.type' is \"WordPiece\"; only \"BPE\" is supported")]
    [InlineData("byte-fallback", "tokenizer.json: field 'model.byte_fallback' is true")]
    [InlineData("lowercase", "tokenizer.json: field 'normalizer.type' is \"Lowercase\"")]
    [InlineData("added-no-id", "tokenizer.json: field 'added_tokens[1].id' is missing")]
    [InlineData("added-lstrip", "tokenizer.json: field 'added_tokens[0].lstrip' is true")]
    [InlineData("bad-regex", "tokenizer.json: field 'pre_tokenizer' Split pattern is not a valid .NET regex")]
    [InlineData("truncated", "tokenizer.json: malformed JSON")]
    [InlineData("missing", "tokenizer.json: file not found")]
    [InlineData("config-unknown-eos", "tokenizer_config.json: field 'eos_token' names \"<nope>\", which is not a token of")]
    [InlineData("config-number-pad", "tokenizer_config.json: field 'pad_token' must be a string, got 5")]
    public void A_bad_tokenizer_file_gives_one_line_naming_the_file_and_the_field(string fault, string expected)
    {
        // Given a tokenizer.json (or its config) with one fault
        using var folder = new TempFolder();
        var document = TinyByteLevelBpe.Document(arrayMerges: true);
        var model = document["model"]!.AsObject();
        switch (fault)
        {
            case "no-model": document.Remove("model"); break;
            case "vocab-array": model["vocab"] = new JsonArray(); break;
            case "merge-three": model["merges"]![1] = new JsonArray("l", "l", "x"); break;
            case "merge-unknown": model["merges"]!.AsArray().Add(new JsonArray("q", "zz")); break;
            case "type-wordpiece": model["type"] = "WordPiece"; break;
            case "byte-fallback": model["byte_fallback"] = true; break;
            case "lowercase": document["normalizer"] = new JsonObject { ["type"] = "Lowercase" }; break;
            case "added-no-id": document["added_tokens"]![1]!.AsObject().Remove("id"); break;
            case "added-lstrip": document["added_tokens"]![0]!["lstrip"] = true; break;
            case "bad-regex": document["pre_tokenizer"]!["pretokenizers"]![0]!["pattern"]!["Regex"] = "(unclosed"; break;
            case "config-unknown-eos": File.WriteAllText(folder.File("tokenizer_config.json"), """{"eos_token":"<nope>"}"""); break;
            case "config-number-pad": File.WriteAllText(folder.File("tokenizer_config.json"), """{"pad_token":5}"""); break;
        }
        var file = Write(folder, document);
        if (fault == "truncated")
            File.WriteAllText(file, document.ToJsonString()[..200]);
        if (fault == "missing")
            File.Delete(file);
        // When loading it
        var error = Assert.Throws<PsrException>(() => QwenBpeTokenizer.Load(file));
        // Then one line names the file (with its folder) and the field
        Assert.StartsWith(folder.Path, error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static string Write(TempFolder folder, JsonObject document)
    {
        var file = folder.File("tokenizer.json");
        File.WriteAllText(file, document.ToJsonString());
        return file;
    }
}

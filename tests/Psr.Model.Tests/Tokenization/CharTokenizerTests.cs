using Psr.Core.Errors;
using Psr.Model.Tokenization;

namespace Psr.Model.Tests.Tokenization;

public sealed class CharTokenizerTests
{
    private static readonly CharTokenizer Digits = CharTokenizer.Create(new CharTokenizerSpec { Alphabet = "0123456789+= \n<" });

    [Fact]
    public void Default_special_tokens_take_the_first_ids_and_the_alphabet_follows()
    {
        // Given the default special tokens and a 15-character alphabet
        // Then pad is 0, eos is 1, and the vocabulary has 2 + 15 ids
        Assert.Equal(0, Digits.PadId);
        Assert.Equal(1, Digits.EosId);
        Assert.Equal(17, Digits.VocabSize);
    }

    [Theory]
    [InlineData("0", new[] { 2 })]
    [InlineData("9", new[] { 11 })]
    [InlineData("1+1=2", new[] { 3, 12, 3, 13, 4 })]
    [InlineData("", new int[0])]
    [InlineData("1 \n", new[] { 3, 14, 15 })]
    [InlineData("2<|endoftext|>", new[] { 4, 1 })]
    [InlineData("<|pad|><|pad|>", new[] { 0, 0 })]
    public void Encode_maps_special_tokens_whole_and_other_characters_one_by_one(string text, int[] expected)
    {
        // Given digits, "+", "=", space, newline and "<" in the alphabet
        // When encoding, Then each character (or whole special token) gets its id
        Assert.Equal(expected, Digits.Encode(text));
    }

    [Fact]
    public void A_special_token_cut_short_is_read_as_plain_characters()
    {
        // Given an alphabet holding every character of "<|pad"
        var tokenizer = CharTokenizer.Create(new CharTokenizerSpec { Alphabet = "<|pad" });
        // When encoding the unfinished special token, Then each character is its own token
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, tokenizer.Encode("<|pad"));
    }

    [Fact]
    public void The_longest_special_token_wins_when_one_is_a_prefix_of_another()
    {
        // Given special tokens "<s>" and "<s>>" (the second extends the first)
        var tokenizer = CharTokenizer.Create(new CharTokenizerSpec
        {
            Alphabet = "ab>",
            SpecialTokens = ["<p>", "<s>", "<s>>"],
            PadToken = "<p>",
            EosToken = "<s>",
        });
        // When encoding text that contains the longer one, Then it is one token
        Assert.Equal(new[] { 3, 2, 4 }, tokenizer.Encode("a<s>>b"));
    }

    [Fact]
    public void Encode_of_a_character_outside_the_alphabet_names_the_character_and_its_index()
    {
        // Given an alphabet without letters
        // When encoding a letter, Then the one-line error names it, its code point and its index
        var error = Assert.Throws<PsrException>(() => Digits.Encode("12x"));
        Assert.Equal("character 'x' (U+0078) at index 2 is not in the tokenizer alphabet", error.Message);
    }

    [Theory]
    [InlineData("12+30=42\n")]
    [InlineData("<|endoftext|>")]
    [InlineData("1<|pad|>2 <")]
    public void Decode_inverts_encode(string text)
    {
        // Given text over the alphabet, When encoded and decoded, Then the text comes back
        Assert.Equal(text, Digits.Decode(Digits.Encode(text)));
    }

    [Fact]
    public void Decode_of_ids_outside_the_vocabulary_gives_replacement_characters_instead_of_failing()
    {
        // Given generated ids, some outside the vocabulary (a padded embedding can produce them)
        // When decoding, Then each unknown id becomes U+FFFD and the rest decode normally
        Assert.Equal("1\uFFFD2\uFFFD", Digits.Decode([3, 17, 4, -5]));
    }

    [Fact]
    public void An_invalid_spec_lists_every_problem_at_once()
    {
        // Given a spec with a repeated character, a surrogate, and pad/eos tokens that are not special tokens
        var spec = new CharTokenizerSpec { Alphabet = "aba\uD800", PadToken = "<pad>", EosToken = "<eos>" };
        // When creating the tokenizer
        var error = Assert.Throws<ConfigException>(() => CharTokenizer.Create(spec));
        // Then each problem is reported with its value
        Assert.Equal(4, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("'a' (U+0061) twice"));
        Assert.Contains(error.Problems, p => p.Contains("surrogate U+D800"));
        Assert.Contains(error.Problems, p => p.Contains("PadToken \"<pad>\""));
        Assert.Contains(error.Problems, p => p.Contains("EosToken \"<eos>\""));
    }

    [Fact]
    public void Alphabet_of_texts_is_their_distinct_characters_in_ordinal_order()
    {
        // Given texts with repeated characters, When building an alphabet, Then each character appears once, sorted
        Assert.Equal("\n +0123=", CharTokenizerSpec.AlphabetOf(["3+0=3\n", "12 = 12"]));
    }

    [Fact]
    public void A_saved_tokenizer_loads_with_the_same_ids_from_its_model_folder()
    {
        // Given a tokenizer with extra special tokens saved into a model folder
        using var folder = new TempFolder();
        var original = CharTokenizer.Create(new CharTokenizerSpec
        {
            Alphabet = "\t\n \"\\0123456789abc",
            SpecialTokens = ["<|pad|>", "<|endoftext|>", "<|im_start|>"],
        });
        var path = original.Save(folder.Path);
        // When loading the folder directly and through the generic loader
        var loaded = CharTokenizer.Load(folder.Path);
        var generic = TokenizerLoader.Load(folder.Path);
        // Then the file has the documented name and both encode like the original
        Assert.Equal(folder.File(CharTokenizer.FileName), path);
        const string text = "<|im_start|>a\t\"b\"\\c 12\n<|endoftext|>";
        Assert.Equal(original.Encode(text), loaded.Encode(text));
        Assert.Equal(original.Encode(text), generic.Encode(text));
        Assert.Equal((original.VocabSize, original.PadId, original.EosId), (loaded.VocabSize, loaded.PadId, loaded.EosId));
        Assert.IsType<CharTokenizer>(generic);
    }

    [Theory]
    [InlineData("{", "malformed JSON")]
    [InlineData("""{"format":"psr-char-tokenizer","version":1}""", "field 'special_tokens' is missing")]
    [InlineData("""{"format":"psr-char-tokenizer","version":2}""", "field 'version' is 2")]
    [InlineData("""{"format":"psr-char-tokenizer","version":1,"special_tokens":["<p>"],"pad_token":"<p>","eos_token":"<p>","alphabet":["ab"]}""", "field 'alphabet[0]' must be exactly one")]
    [InlineData("""{"format":"psr-char-tokenizer","version":1,"special_tokens":["<p>"],"pad_token":"<p>","eos_token":"<e>","alphabet":["a"]}""", "EosToken \"<e>\" is not one of SpecialTokens")]
    [InlineData("""{"format":"psr-char-tokenizer","version":1,"special_tokens":[7],"pad_token":"<p>","eos_token":"<e>","alphabet":["a"]}""", "field 'special_tokens[0]' must be a string, got 7")]
    public void A_bad_file_gives_one_line_naming_the_file_and_the_field(string json, string expected)
    {
        // Given a malformed psr_tokenizer.json
        using var folder = new TempFolder();
        var file = folder.File(CharTokenizer.FileName);
        File.WriteAllText(file, json);
        // When loading it
        var error = Assert.Throws<PsrException>(() => CharTokenizer.Load(file));
        // Then one line names the file and the problem
        Assert.StartsWith(file + ": ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Loading_a_folder_without_a_tokenizer_names_the_folder()
    {
        // Given an empty folder, When loading it, Then the error names the folder and both file names
        using var folder = new TempFolder();
        var error = Assert.Throws<PsrException>(() => TokenizerLoader.Load(folder.Path));
        Assert.Equal($"{folder.Path}: folder has neither psr_tokenizer.json nor tokenizer.json", error.Message);
    }
}

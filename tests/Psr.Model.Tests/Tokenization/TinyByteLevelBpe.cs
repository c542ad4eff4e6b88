using System.Text.Json.Nodes;

namespace Psr.Model.Tests.Tokenization;

/// <summary>
/// A hand-made Hugging Face <c>tokenizer.json</c> in Qwen's shape: 256 byte symbols (GPT-2's byte-to-unicode map,
/// ids 0-255 = the byte), four merges (he, ll, hell, Ġw → 256-259), and added tokens &lt;|endoftext|&gt; = 260,
/// &lt;|im_end|&gt; = 261. "hello world" encodes to [258, 111, 259, 111, 114, 108, 100].
/// </summary>
internal static class TinyByteLevelBpe
{
    public static readonly int[] HelloWorldIds = [258, 111, 259, 111, 114, 108, 100];

    /// <summary>The document; <paramref name="arrayMerges"/> picks the newer ["a","b"] merge form.</summary>
    public static JsonObject Document(bool arrayMerges)
    {
        var vocab = new JsonObject();
        var symbols = ByteSymbols();
        for (var b = 0; b < 256; b++)
            vocab[symbols[b].ToString()] = b;
        string[][] merges = [["h", "e"], ["l", "l"], ["he", "ll"], ["\u0120", "w"]];
        for (var i = 0; i < merges.Length; i++)
            vocab[merges[i][0] + merges[i][1]] = 256 + i;
        var mergeNodes = merges.Select(m => arrayMerges
            ? (JsonNode)new JsonArray(m[0], m[1])
            : JsonValue.Create(m[0] + " " + m[1]));
        return new JsonObject
        {
            ["version"] = "1.0",
            ["added_tokens"] = new JsonArray(Added(260, "<|endoftext|>"), Added(261, "<|im_end|>")),
            ["normalizer"] = new JsonObject { ["type"] = "NFC" },
            ["pre_tokenizer"] = new JsonObject
            {
                ["type"] = "Sequence",
                ["pretokenizers"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "Split",
                        ["pattern"] = new JsonObject { ["Regex"] = Psr.Model.Tokenization.QwenBpeTokenizer.Qwen2Pattern },
                        ["behavior"] = "Isolated",
                        ["invert"] = false,
                    },
                    new JsonObject { ["type"] = "ByteLevel", ["add_prefix_space"] = false, ["use_regex"] = false }),
            },
            ["model"] = new JsonObject
            {
                ["type"] = "BPE",
                ["byte_fallback"] = false,
                ["ignore_merges"] = false,
                ["vocab"] = vocab,
                ["merges"] = new JsonArray([.. mergeNodes]),
            },
        };
    }

    private static JsonObject Added(int id, string content) => new()
    {
        ["id"] = id, ["content"] = content, ["single_word"] = false, ["lstrip"] = false, ["rstrip"] = false,
        ["normalized"] = false, ["special"] = true,
    };

    // GPT-2's bytes_to_unicode: printable Latin-1 bytes map to themselves, the rest to U+0100 onwards.
    private static char[] ByteSymbols()
    {
        var symbols = new char[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
        {
            var printable = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;
            symbols[b] = printable ? (char)b : (char)next++;
        }
        return symbols;
    }
}

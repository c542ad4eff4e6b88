using System.Text.Json;
using Psr.Core.Errors;

namespace Psr.Model.Tokenization;

/// <summary>
/// The parts of a Hugging Face <c>tokenizer.json</c> that a Qwen2/Qwen3 byte-level BPE needs. Microsoft.ML.Tokenizers
/// 2.0.1 has no <c>tokenizer.json</c> reader, so this parses one; options outside that family (byte fallback, subword
/// prefixes, stripping added tokens, other normalizers) are rejected by name rather than silently ignored.
/// </summary>
internal sealed record HuggingFaceBpeDefinition(
    List<KeyValuePair<string, int>> Vocabulary,
    List<string> Merges,
    Dictionary<string, int> AddedTokens,
    string? SplitPattern,
    bool Nfc)
{
    /// <summary>Parses <paramref name="root"/>, the document of <paramref name="file"/>.</summary>
    public static HuggingFaceBpeDefinition Parse(JsonElement root, string file)
    {
        var model = JsonFields.Required(root, "model", JsonValueKind.Object, file, "model");
        if (JsonFields.Optional(model, "type") is { } type && type.GetString() != "BPE")
            throw new PsrException($"{file}: field 'model.type' is {type.GetRawText()}; only \"BPE\" is supported");
        RejectUnsupportedModelOptions(model, file);
        return new HuggingFaceBpeDefinition(
            ReadVocabulary(model, file),
            ReadMerges(model, file),
            ReadAddedTokens(root, file),
            FindSplitPattern(JsonFields.Optional(root, "pre_tokenizer")),
            ReadNfc(JsonFields.Optional(root, "normalizer"), file));
    }

    private static void RejectUnsupportedModelOptions(JsonElement model, string file)
    {
        foreach (var flag in new[] { "byte_fallback", "ignore_merges" })
        {
            if (JsonFields.Optional(model, flag) is { ValueKind: JsonValueKind.True })
                throw new PsrException($"{file}: field 'model.{flag}' is true; only false is supported");
        }
        foreach (var affix in new[] { "continuing_subword_prefix", "end_of_word_suffix" })
        {
            if (JsonFields.Optional(model, affix) is { ValueKind: JsonValueKind.String } value && value.GetString() != "")
                throw new PsrException($"{file}: field 'model.{affix}' is {value.GetRawText()}; only \"\" is supported");
        }
    }

    private static List<KeyValuePair<string, int>> ReadVocabulary(JsonElement model, string file)
    {
        var vocab = JsonFields.Required(model, "vocab", JsonValueKind.Object, file, "model.vocab");
        var result = new List<KeyValuePair<string, int>>();
        foreach (var entry in vocab.EnumerateObject())
        {
            if (!entry.Value.TryGetInt32(out var id) || id < 0)
                throw new PsrException(
                    $"{file}: field 'model.vocab' maps \"{entry.Name}\" to {entry.Value.GetRawText()}; ids are integers >= 0");
            result.Add(new(entry.Name, id));
        }
        if (result.Count == 0)
            throw new PsrException($"{file}: field 'model.vocab' is empty");
        return result;
    }

    // Merges come as "a b" (older files) or ["a", "b"] (newer files); BpeOptions takes the "a b" form.
    private static List<string> ReadMerges(JsonElement model, string file)
    {
        var merges = JsonFields.Required(model, "merges", JsonValueKind.Array, file, "model.merges");
        var result = new List<string>(merges.GetArrayLength());
        var index = 0;
        foreach (var merge in merges.EnumerateArray())
        {
            var text = merge.ValueKind switch
            {
                JsonValueKind.String when merge.GetString()!.Split(' ').Length == 2 => merge.GetString()!,
                JsonValueKind.Array when merge.GetArrayLength() == 2
                    && merge[0].ValueKind == JsonValueKind.String && merge[1].ValueKind == JsonValueKind.String
                    => merge[0].GetString() + " " + merge[1].GetString(),
                _ => throw new PsrException(
                    $"{file}: field 'model.merges[{index}]' must be \"a b\" or [\"a\", \"b\"], got {merge.GetRawText()}"),
            };
            result.Add(text);
            index++;
        }
        return result;
    }

    private static Dictionary<string, int> ReadAddedTokens(JsonElement root, string file)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (JsonFields.Optional(root, "added_tokens") is not { } added)
            return result;
        if (added.ValueKind != JsonValueKind.Array)
            throw JsonFields.WrongKind(file, "added_tokens", JsonValueKind.Array, added);
        var index = 0;
        foreach (var token in added.EnumerateArray())
        {
            var field = $"added_tokens[{index++}]";
            var content = JsonFields.RequiredString(token, "content", file, field + ".content");
            var id = JsonFields.RequiredInt(token, "id", file, field + ".id");
            foreach (var flag in new[] { "lstrip", "rstrip", "single_word" })
            {
                if (JsonFields.Optional(token, flag) is { ValueKind: JsonValueKind.True })
                    throw new PsrException($"{file}: field '{field}.{flag}' is true; only false is supported");
            }
            if (content.Length == 0)
                throw new PsrException($"{file}: field '{field}.content' is empty");
            result[content] = id;
        }
        return result;
    }

    // Qwen: Sequence[Split{pattern: {Regex}, behavior: Isolated}, ByteLevel{use_regex: false}]. Null: no Split found.
    private static string? FindSplitPattern(JsonElement? preTokenizer)
    {
        if (preTokenizer is not { ValueKind: JsonValueKind.Object } node)
            return null;
        if (JsonFields.Optional(node, "type")?.GetString() == "Split"
            && JsonFields.Optional(node, "pattern") is { ValueKind: JsonValueKind.Object } pattern)
        {
            if (JsonFields.Optional(pattern, "Regex") is { ValueKind: JsonValueKind.String } regex)
                return regex.GetString();
            if (JsonFields.Optional(pattern, "String") is { ValueKind: JsonValueKind.String } literal)
                return System.Text.RegularExpressions.Regex.Escape(literal.GetString()!);
        }
        if (JsonFields.Optional(node, "pretokenizers") is { ValueKind: JsonValueKind.Array } children)
        {
            foreach (var child in children.EnumerateArray())
            {
                if (FindSplitPattern(child) is { } found)
                    return found;
            }
        }
        return null;
    }

    private static bool ReadNfc(JsonElement? normalizer, string file)
    {
        if (normalizer is not { } node)
            return false;
        var type = JsonFields.RequiredString(node, "type", file, "normalizer.type");
        if (type == "NFC")
            return true;
        if (type == "Sequence" && JsonFields.Optional(node, "normalizers") is { ValueKind: JsonValueKind.Array } list)
        {
            var nfc = false;
            foreach (var child in list.EnumerateArray())
                nfc |= ReadNfc(child, file);
            return nfc;
        }
        throw new PsrException($"{file}: field 'normalizer.type' is \"{type}\"; only NFC (or none) is supported");
    }
}

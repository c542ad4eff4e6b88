using System.Text.Json;

namespace Psr.Model.Tokenization;

/// <summary>
/// The token names psr reads from a Hugging Face <c>tokenizer_config.json</c> (next to <c>tokenizer.json</c>).
/// Each is null when the file or the field is absent or null.
/// </summary>
internal sealed record HuggingFaceTokenizerConfig(string? EosToken, string? PadToken)
{
    /// <summary>File name next to <c>tokenizer.json</c>.</summary>
    public const string FileName = "tokenizer_config.json";

    /// <summary>Reads <paramref name="path"/>; a missing file means no names.</summary>
    public static HuggingFaceTokenizerConfig Read(string path)
    {
        if (!File.Exists(path))
            return new HuggingFaceTokenizerConfig(null, null);
        using var document = JsonFields.ParseFile(path);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw JsonFields.WrongKind(path, "(root)", JsonValueKind.Object, root);
        return new HuggingFaceTokenizerConfig(TokenName(root, "eos_token", path), TokenName(root, "pad_token", path));
    }

    // A token is written either as "text" or, in older files, as {"content": "text", ...}.
    private static string? TokenName(JsonElement root, string field, string path) =>
        JsonFields.Optional(root, field) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } name => name.GetString(),
            { ValueKind: JsonValueKind.Object } token => JsonFields.RequiredString(token, "content", path, field + ".content"),
            { } other => throw JsonFields.WrongKind(path, field, JsonValueKind.String, other),
        };
}

using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.ML.Tokenizers;
using Psr.Core.Errors;

namespace Psr.Model.Tokenization;

/// <summary>
/// The Qwen2/Qwen2.5/Qwen3 byte-level BPE, loaded from a Hugging Face <c>tokenizer.json</c> and run by
/// Microsoft.ML.Tokenizers' <see cref="BpeTokenizer"/>. Added tokens (<c>&lt;|endoftext|&gt;</c>, <c>&lt;think&gt;</c>,
/// ...) written in the text map to their ids, as with <c>add_special_tokens=False</c> in transformers. Decoding writes
/// added tokens as their text and skips ids the tokenizer does not have (Qwen's embedding has unused rows).
/// </summary>
public sealed class QwenBpeTokenizer : ITokenizer
{
    /// <summary>File name inside a model folder.</summary>
    public const string FileName = "tokenizer.json";

    /// <summary>End-of-text token; the EOS and pad token when <c>tokenizer_config.json</c> names none.</summary>
    public const string EndOfText = "<|endoftext|>";

    /// <summary>Qwen2's pre-tokenizer regex, used when <c>tokenizer.json</c> has no Split pattern.</summary>
    public const string Qwen2Pattern =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    private readonly BpeTokenizer _bpe;
    private readonly bool _nfc; // the system ICU's NFC (string.Normalize); needs globalization, see Directory.Build.props
    private readonly Regex? _addedTokenPattern;

    private QwenBpeTokenizer(BpeTokenizer bpe, bool nfc, IReadOnlyDictionary<string, int> addedTokens,
        int vocabSize, int eosId, int padId)
    {
        _bpe = bpe;
        _nfc = nfc;
        AddedTokens = addedTokens;
        VocabSize = vocabSize;
        EosId = eosId;
        PadId = padId;
        if (addedTokens.Count > 0)
            _addedTokenPattern = new Regex(
                string.Join('|', addedTokens.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)),
                RegexOptions.CultureInvariant);
    }

    /// <summary>Added (special) tokens by text, e.g. <c>&lt;|im_start|&gt;</c> → 151644.</summary>
    public IReadOnlyDictionary<string, int> AddedTokens { get; }

    /// <inheritdoc />
    /// <remarks>Largest id plus one; a checkpoint's <c>vocab_size</c> may be larger (padded embedding).</remarks>
    public int VocabSize { get; }

    /// <inheritdoc />
    public int EosId { get; }

    /// <inheritdoc />
    public int PadId { get; }

    /// <summary>
    /// Loads <paramref name="path"/>: a <c>tokenizer.json</c> file, or a folder holding one. EOS and pad come from
    /// <c>eos_token</c> and <c>pad_token</c> of a <c>tokenizer_config.json</c> beside it, else <see cref="EndOfText"/>.
    /// </summary>
    public static QwenBpeTokenizer Load(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        using var document = JsonFields.ParseFile(file);
        return FromJson(document.RootElement, file);
    }

    /// <summary>Builds the tokenizer from the parsed <paramref name="root"/> of <paramref name="file"/>.</summary>
    internal static QwenBpeTokenizer FromJson(JsonElement root, string file)
    {
        var definition = HuggingFaceBpeDefinition.Parse(root, file);
        var bpe = CreateBpe(definition, file);
        var vocabSize = Math.Max(
            definition.Vocabulary.Max(kv => kv.Value),
            definition.AddedTokens.Count == 0 ? -1 : definition.AddedTokens.Values.Max()) + 1;
        var configPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, HuggingFaceTokenizerConfig.FileName);
        var config = HuggingFaceTokenizerConfig.Read(configPath);
        int IdOf(string? name, string field) =>
            IdOfNamedToken(name, definition.AddedTokens, bpe.Vocabulary, $"{configPath}: field '{field}'", file);
        return new QwenBpeTokenizer(bpe, definition.Nfc, definition.AddedTokens,
            vocabSize, IdOf(config.EosToken, "eos_token"), IdOf(config.PadToken, "pad_token"));
    }

    /// <inheritdoc />
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = !_nfc || text.IsNormalized(NormalizationForm.FormC) ? text : NormalizeOutsideAddedTokens(text);
        return [.. _bpe.EncodeToIds(normalized)];
    }

    /// <inheritdoc />
    public string Decode(ReadOnlySpan<int> ids) => _bpe.Decode(ids.ToArray(), considerSpecialTokens: true) ?? "";

    private static BpeTokenizer CreateBpe(HuggingFaceBpeDefinition definition, string file)
    {
        Regex split;
        try
        {
            split = new Regex(definition.SplitPattern ?? Qwen2Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new PsrException($"{file}: field 'pre_tokenizer' Split pattern is not a valid .NET regex ({e.Message})", e);
        }
        try
        {
            return BpeTokenizer.Create(new BpeOptions(definition.Vocabulary)
            {
                Merges = definition.Merges,
                ByteLevel = true,
                PreTokenizer = new RegexPreTokenizer(split, definition.AddedTokens),
                SpecialTokens = definition.AddedTokens,
            });
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // BpeTokenizer validates merges against the vocabulary.
            throw new PsrException($"{file}: field 'model.merges' does not fit 'model.vocab' ({e.Message})", e);
        }
    }

    // Hugging Face splits added tokens out before normalizing, so NFC never touches them (e.g. ">" + U+0338 stays
    // apart when the ">" ends "<|endoftext|>"). Added tokens are ASCII, so NFC cannot create a new one.
    private string NormalizeOutsideAddedTokens(string text)
    {
        if (_addedTokenPattern is null)
            return text.Normalize(NormalizationForm.FormC);
        var result = new System.Text.StringBuilder(text.Length);
        var start = 0;
        foreach (Match match in _addedTokenPattern.Matches(text))
        {
            result.Append(text[start..match.Index].Normalize(NormalizationForm.FormC)).Append(match.Value);
            start = match.Index + match.Length;
        }
        return result.Append(text[start..].Normalize(NormalizationForm.FormC)).ToString();
    }

    private static int IdOfNamedToken(string? name, IReadOnlyDictionary<string, int> addedTokens,
        IReadOnlyDictionary<string, int> vocabulary, string where, string file)
    {
        if (name is null)
        {
            if (addedTokens.TryGetValue(EndOfText, out var fallback))
                return fallback;
            throw new PsrException($"{where} is missing and {file} has no {EndOfText} token to fall back on");
        }
        if (addedTokens.TryGetValue(name, out var id) || vocabulary.TryGetValue(name, out id))
            return id;
        throw new PsrException($"{where} names \"{name}\", which is not a token of {file}");
    }
}

namespace Psr.Model.Tokenization;

/// <summary>
/// What a <see cref="CharTokenizer"/> is built from. Ids: the special tokens first (0, 1, ... in list order), then one
/// id per alphabet character in alphabet order. Saved as <c>psr_tokenizer.json</c> (see <see cref="CharTokenizer"/>).
/// </summary>
public sealed record CharTokenizerSpec
{
    /// <summary>Default padding token, id 0 with the default special tokens.</summary>
    public const string DefaultPadToken = "<|pad|>";

    /// <summary>Default end-of-sequence token (Qwen's name), id 1 with the default special tokens.</summary>
    public const string DefaultEosToken = "<|endoftext|>";

    /// <summary>
    /// Every character the closed world may write, each once, in id order. UTF-16 code units that are not
    /// surrogates (the built-in world is ASCII plus a few symbols). Required; no default.
    /// </summary>
    public required string Alphabet { get; init; }

    /// <summary>
    /// Special tokens, matched as whole strings in text before single characters (longest first).
    /// Default: <c>["&lt;|pad|&gt;", "&lt;|endoftext|&gt;"]</c>.
    /// </summary>
    public IReadOnlyList<string> SpecialTokens { get; init; } = [DefaultPadToken, DefaultEosToken];

    /// <summary>Which special token pads ragged batches. Default: <c>&lt;|pad|&gt;</c>.</summary>
    public string PadToken { get; init; } = DefaultPadToken;

    /// <summary>Which special token ends a sequence. Default: <c>&lt;|endoftext|&gt;</c>.</summary>
    public string EosToken { get; init; } = DefaultEosToken;

    /// <summary>Every problem with this spec, each naming the field and the value; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(Alphabet))
            problems.Add("Alphabet is empty");
        var seen = new HashSet<char>();
        foreach (var c in Alphabet ?? "")
        {
            if (char.IsSurrogate(c))
                problems.Add($"Alphabet contains surrogate {Describe(c)}; only single UTF-16 characters are supported");
            else if (!seen.Add(c))
                problems.Add($"Alphabet contains {Describe(c)} twice");
        }
        var specials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in SpecialTokens)
        {
            if (string.IsNullOrEmpty(token))
                problems.Add("SpecialTokens contains an empty token");
            else if (!specials.Add(token))
                problems.Add($"SpecialTokens contains \"{token}\" twice");
            else if (token.Length == 1 && seen.Contains(token[0]))
                problems.Add($"SpecialTokens \"{token}\" is also an alphabet character");
        }
        if (!specials.Contains(PadToken))
            problems.Add($"PadToken \"{PadToken}\" is not one of SpecialTokens");
        if (!specials.Contains(EosToken))
            problems.Add($"EosToken \"{EosToken}\" is not one of SpecialTokens");
        return problems;
    }

    /// <summary>
    /// The distinct characters of <paramref name="texts"/> in ordinal order: a ready alphabet for a closed world
    /// whose texts are all known up front.
    /// </summary>
    public static string AlphabetOf(IEnumerable<string> texts)
    {
        var chars = new SortedSet<char>();
        foreach (var text in texts)
            chars.UnionWith(text);
        return new string([.. chars]);
    }

    /// <summary>A character as <c>'x' (U+0078)</c>, readable even for whitespace and control characters.</summary>
    internal static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}' (U+{(int)c:X4})";
}

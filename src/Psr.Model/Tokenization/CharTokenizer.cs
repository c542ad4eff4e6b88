using System.Text;
using Psr.Core.Errors;

namespace Psr.Model.Tokenization;

/// <summary>
/// Character-level tokenizer of the built-in (closed) world: one id per special token, then one id per alphabet
/// character. <see cref="Encode"/> throws on a character outside the alphabet, because in a closed world that is a
/// bug in the data; <see cref="Decode"/> never throws (an id it does not know becomes U+FFFD), because it reads what
/// a model generated. Saved in a model folder as <see cref="FileName"/>.
/// </summary>
public sealed class CharTokenizer : ITokenizer
{
    /// <summary>File name inside a model folder; distinct from Hugging Face's <c>tokenizer.json</c>.</summary>
    public const string FileName = "psr_tokenizer.json";

    private const int NoId = -1;

    // Indexed by UTF-16 code unit: a 256 KiB table makes the hot path one array read per character.
    private readonly int[] _idOfChar = new int[char.MaxValue + 1];
    private readonly bool[] _startsSpecial = new bool[char.MaxValue + 1];
    private readonly (string Text, int Id)[] _specialsLongestFirst;
    private readonly string[] _textOfId;

    private CharTokenizer(CharTokenizerSpec spec)
    {
        Spec = spec;
        Array.Fill(_idOfChar, NoId);
        _textOfId = new string[spec.SpecialTokens.Count + spec.Alphabet.Length];
        for (var i = 0; i < spec.SpecialTokens.Count; i++)
        {
            _textOfId[i] = spec.SpecialTokens[i];
            _startsSpecial[spec.SpecialTokens[i][0]] = true;
        }
        for (var i = 0; i < spec.Alphabet.Length; i++)
        {
            var id = spec.SpecialTokens.Count + i;
            _idOfChar[spec.Alphabet[i]] = id;
            _textOfId[id] = spec.Alphabet[i].ToString();
        }
        _specialsLongestFirst = [.. spec.SpecialTokens
            .Select((text, id) => (text, id))
            .OrderByDescending(s => s.text.Length)];
        PadId = spec.SpecialTokens.ToList().IndexOf(spec.PadToken);
        EosId = spec.SpecialTokens.ToList().IndexOf(spec.EosToken);
    }

    /// <summary>The alphabet and special tokens this tokenizer was built from.</summary>
    public CharTokenizerSpec Spec { get; }

    /// <inheritdoc />
    public int VocabSize => _textOfId.Length;

    /// <inheritdoc />
    public int EosId { get; }

    /// <inheritdoc />
    public int PadId { get; }

    /// <summary>Builds the tokenizer; an invalid spec throws one <see cref="ConfigException"/> listing every problem.</summary>
    public static CharTokenizer Create(CharTokenizerSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ConfigException.ThrowIfAny(spec.Validate());
        // Copy the list so a caller mutating theirs cannot change what Save writes.
        return new CharTokenizer(spec with { SpecialTokens = [.. spec.SpecialTokens] });
    }

    /// <summary>Loads <paramref name="path"/>: a <see cref="FileName"/> file, or a model folder holding one.</summary>
    public static CharTokenizer Load(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        using var document = JsonFields.ParseFile(file);
        return CharTokenizerJson.Read(document.RootElement, file);
    }

    /// <summary>Writes <see cref="FileName"/> into <paramref name="folder"/> atomically and returns its path.</summary>
    public string Save(string folder)
    {
        var path = Path.Combine(folder, FileName);
        CharTokenizerJson.Write(Spec, path);
        return path;
    }

    /// <inheritdoc />
    /// <exception cref="PsrException">A character is not in the alphabet (names it and its index).</exception>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new int[text.Length];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (_startsSpecial[c] && TryMatchSpecial(text.AsSpan(i), out var specialId, out var length))
            {
                ids[count++] = specialId;
                i += length;
                continue;
            }
            var charId = _idOfChar[c];
            if (charId == NoId)
                throw new PsrException(
                    $"character {CharTokenizerSpec.Describe(c)} at index {i} is not in the tokenizer alphabet");
            ids[count++] = charId;
            i++;
        }
        return count == ids.Length ? ids : ids[..count];
    }

    /// <inheritdoc />
    public string Decode(ReadOnlySpan<int> ids)
    {
        var text = new StringBuilder(ids.Length);
        foreach (var id in ids)
            text.Append((uint)id < (uint)_textOfId.Length ? _textOfId[id] : "\uFFFD");
        return text.ToString();
    }

    private bool TryMatchSpecial(ReadOnlySpan<char> rest, out int id, out int length)
    {
        foreach (var (special, specialId) in _specialsLongestFirst)
        {
            if (rest.StartsWith(special, StringComparison.Ordinal))
            {
                (id, length) = (specialId, special.Length);
                return true;
            }
        }
        (id, length) = (NoId, 0);
        return false;
    }
}

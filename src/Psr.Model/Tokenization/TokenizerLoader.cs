namespace Psr.Model.Tokenization;

/// <summary>Loads whichever tokenizer a path holds, so commands and model folders need not know the kind.</summary>
public static class TokenizerLoader
{
    /// <summary>
    /// Loads <paramref name="path"/>. A folder: its <see cref="CharTokenizer.FileName"/> if present, else its
    /// <see cref="QwenBpeTokenizer.FileName"/>. A file: a char tokenizer when it declares
    /// <c>"format": "psr-char-tokenizer"</c>, else a Hugging Face <c>tokenizer.json</c>.
    /// </summary>
    /// <exception cref="Psr.Core.Errors.PsrException">Nothing to load, or the file is malformed (names file and field).</exception>
    public static ITokenizer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = path;
        if (Directory.Exists(path))
        {
            file = Path.Combine(path, CharTokenizer.FileName);
            if (!File.Exists(file))
                file = Path.Combine(path, QwenBpeTokenizer.FileName);
            if (!File.Exists(file))
                throw new Psr.Core.Errors.PsrException(
                    $"{path}: folder has neither {CharTokenizer.FileName} nor {QwenBpeTokenizer.FileName}");
        }
        using var document = JsonFields.ParseFile(file);
        return CharTokenizerJson.IsCharTokenizer(document.RootElement)
            ? CharTokenizerJson.Read(document.RootElement, file)
            : QwenBpeTokenizer.FromJson(document.RootElement, file);
    }
}

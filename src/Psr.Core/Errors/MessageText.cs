using System.Globalization;
using System.Text;

namespace Psr.Core.Errors;

/// <summary>Text taken from a user's file and shown inside a one-line <see cref="PsrException"/> message.</summary>
public static class MessageText
{
    /// <summary>
    /// Escapes control characters (a newline in a tensor name, say) as <c>\n</c>, <c>\t</c> or <c>\uXXXX</c>, so the
    /// message stays one line; everything else is shown as it is.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
            return text;
        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        return shown.ToString();
    }
}

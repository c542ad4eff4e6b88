namespace Psr.Eval.Grading;

/// <summary>Bracket matching shared by the normaliser and the shape parser; bracket kinds are not distinguished.</summary>
internal static class Brackets
{
    public static bool IsOpen(char c) => c is '(' or '[' or '{';

    public static bool IsClose(char c) => c is ')' or ']' or '}';

    /// <summary>Index of the bracket closing the one at <paramref name="open"/>, or -1 when unbalanced.</summary>
    public static int MatchingClose(string s, int open)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            if (IsOpen(s[i])) depth++;
            else if (IsClose(s[i]) && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>The deepest nesting of <paramref name="s"/> (brackets, braces, parentheses).</summary>
    public static int MaxDepth(string s)
    {
        int depth = 0, max = 0;
        foreach (var c in s)
        {
            if (IsOpen(c)) max = Math.Max(max, ++depth);
            else if (IsClose(c)) depth = Math.Max(0, depth - 1);
        }
        return max;
    }

    /// <summary>
    /// Splits <paramref name="s"/> at each top-level occurrence of any of <paramref name="separators"/>.
    /// <c>\begin{...}</c> environments count as one level so matrix cells are never split.
    /// </summary>
    public static List<string> SplitTopLevel(string s, IReadOnlyList<string> separators)
    {
        var parts = new List<string>();
        int depth = 0, env = 0, start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (IsOpen(c)) depth++;
            else if (IsClose(c)) depth = Math.Max(0, depth - 1);
            else if (c == '\\' && string.CompareOrdinal(s, i, "\\begin{", 0, 7) == 0) env++;
            else if (c == '\\' && string.CompareOrdinal(s, i, "\\end{", 0, 5) == 0) env = Math.Max(0, env - 1);
            if (depth != 0 || env != 0)
                continue;
            foreach (var sep in separators)
            {
                if (string.CompareOrdinal(s, i, sep, 0, sep.Length) != 0)
                    continue;
                parts.Add(s[start..i]);
                start = i + sep.Length;
                i = start - 1;
                break;
            }
        }
        parts.Add(s[start..]);
        return parts;
    }
}

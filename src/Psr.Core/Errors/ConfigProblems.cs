using System.Globalization;
using System.Text.Json;

namespace Psr.Core.Errors;

/// <summary>
/// Collects validation problems of one configuration section, each naming the JSON key path and the value, so
/// <c>Validate()</c> can report every problem at once.
/// </summary>
public sealed class ConfigProblems
{
    private readonly List<string> _items = [];

    /// <summary>Starts a collector whose keys are prefixed with <paramref name="path"/> (e.g. <c>search</c>).</summary>
    public ConfigProblems(string path) => Path = path;

    /// <summary>The JSON key path of the section.</summary>
    public string Path { get; }

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<string> Items => _items;

    /// <summary>The JSON key path of <paramref name="member"/> (a C# property name) inside this section.</summary>
    public string KeyOf(string member) => Join(Path, JsonNamingPolicy.CamelCase.ConvertName(member));

    /// <summary>Records a problem unless <paramref name="ok"/>.</summary>
    public ConfigProblems Check(bool ok, string member, object? value, string rule)
    {
        if (!ok)
            _items.Add($"{KeyOf(member)} = {Format(value)}: {rule}");
        return this;
    }

    /// <summary>Adds problems found by a nested section.</summary>
    public ConfigProblems AddRange(IEnumerable<string> problems)
    {
        _items.AddRange(problems);
        return this;
    }

    /// <summary>Joins two key path parts with a dot (or returns the second when the first is empty).</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>Formats a value for a message: strings quoted, numbers invariant.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

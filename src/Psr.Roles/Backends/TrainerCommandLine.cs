using System.Globalization;
using System.Text;

namespace Psr.Roles.Backends;

/// <summary>
/// Fills the placeholders of an external trainer's command line. Each value is quoted for the shell that runs it
/// (POSIX single quotes; double quotes on Windows), so paths with spaces or quotes stay one argument.
/// </summary>
public static class TrainerCommandLine
{
    /// <summary>The placeholders a command may use.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["{data}", "{base}", "{output}", "{config}", "{seed}", "{round}", "{mode}"];

    /// <summary>The command with every placeholder replaced by its quoted value.</summary>
    public static string Fill(string command, IReadOnlyDictionary<string, string> values, bool windows)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(values);
        var sb = new StringBuilder(command);
        foreach (var (key, value) in values)
            sb.Replace(key, windows ? WindowsQuote(value) : PosixQuote(value));
        return sb.ToString();
    }

    /// <summary>The values of one round (<paramref name="mode"/>: <c>dpo</c> for a round, <c>sft</c> for M1).</summary>
    public static Dictionary<string, string> Values(string data, string baseModel, string output, string config, long seed, string round, string mode = "dpo") => new(StringComparer.Ordinal)
    {
        ["{data}"] = data,
        ["{base}"] = baseModel,
        ["{output}"] = output,
        ["{config}"] = config,
        ["{seed}"] = seed.ToString(CultureInfo.InvariantCulture),
        ["{round}"] = round,
        ["{mode}"] = mode,
    };

    /// <summary>POSIX shell single quoting: <c>'it'\''s'</c>.</summary>
    public static string PosixQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string WindowsQuote(string value) => "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

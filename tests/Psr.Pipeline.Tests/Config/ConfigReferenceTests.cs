using System.Reflection;
using System.Xml.Linq;
using Psr.Pipeline.Config;
using Psr.Testing;

namespace Psr.Pipeline.Tests.Config;

/// <summary>
/// docs/config.md is generated from the configuration records; this test fails when it is stale. Regenerate with
/// <c>PSR_WRITE_CONFIG_DOCS=1 dotnet test tests/Psr.Pipeline.Tests --filter ConfigReference</c>.
/// </summary>
public sealed class ConfigReferenceTests
{
    private const string Regenerate =
        "PSR_WRITE_CONFIG_DOCS=1 dotnet test tests/Psr.Pipeline.Tests --filter ConfigReference";

    [Fact]
    public void Docs_config_md_is_up_to_date()
    {
        var path = Path.Combine(Repository.Root(), "docs", "config.md");
        var generated = ConfigReference.Markdown(Summaries());
        if (Environment.GetEnvironmentVariable("PSR_WRITE_CONFIG_DOCS") == "1")
            File.WriteAllText(path, generated);
        Assert.True(File.Exists(path), $"docs/config.md is missing: run `{Regenerate}`");
        Assert.True(File.ReadAllText(path) == generated,
            $"docs/config.md is stale (a configuration record changed): run `{Regenerate}` and commit it");
    }

    [Fact]
    public void The_reference_lists_keys_types_defaults_allowed_values_and_docs()
    {
        var lines = ConfigReference.Markdown(Summaries()).Split('\n');
        var width = Assert.Single(lines, l => l.StartsWith("| `search.width` |", StringComparison.Ordinal));
        Assert.Contains("| int |", width);
        Assert.Contains($"`{new SearchConfig().Width}`", width);
        var template = Assert.Single(lines, l => l.StartsWith("| `judge.template` |", StringComparison.Ordinal));
        Assert.Contains("`PaperFigure5`, `Compact`", template);
        Assert.Single(lines, l => l.StartsWith("| `backends.policy.baseUrl` |", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("| `rounds[].name` |", StringComparison.Ordinal));
        // sections are not keys
        Assert.DoesNotContain(lines, l => l.StartsWith("| `backends` |", StringComparison.Ordinal));
        var documented = lines.Count(l => l.StartsWith("| `", StringComparison.Ordinal)
            && !l.EndsWith("|  |", StringComparison.Ordinal));
        Assert.True(documented > 100,
            "most keys should carry their XML doc summary");
    }

    [Fact]
    public void Doc_summaries_become_one_markdown_line()
    {
        Assert.Equal("Beam `width` per `SearchConfig` a \\| b", ConfigReference.OneLine(
            "\n  Beam <c>width</c>\n per <see cref=\"T:Psr.Pipeline.Config.SearchConfig\"/> a | b  "));
    }

    /// <summary>Member summaries from the XML docs the build writes beside each assembly.</summary>
    private static Func<PropertyInfo, string?> Summaries()
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { "Psr.Pipeline.xml", "Psr.Roles.xml", "Psr.Training.xml", "Psr.World.xml" })
        {
            foreach (var member in XDocument.Load(Path.Combine(AppContext.BaseDirectory, file)).Descendants("member"))
            {
                if (member.Element("summary") is { } summary)
                    docs[(string)member.Attribute("name")!] = string.Concat(summary.Nodes().Select(n => n.ToString()));
            }
        }
        return p => docs.GetValueOrDefault($"P:{p.DeclaringType!.FullName}.{p.Name}");
    }
}

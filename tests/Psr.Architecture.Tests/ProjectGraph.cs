using System.Xml.Linq;

namespace Psr.Architecture.Tests;

/// <summary>The <c>ProjectReference</c> graph of every <c>src/**/*.csproj</c>, by project name.</summary>
internal sealed class ProjectGraph
{
    private ProjectGraph(IReadOnlyDictionary<string, IReadOnlyList<string>> references) => References = references;

    /// <summary>Each project's direct references (project names, e.g. <c>Psr.Core</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> References { get; }

    public static ProjectGraph Load(string srcFolder)
    {
        var references = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var csproj in RepoFiles.Sources(srcFolder, "*.csproj"))
        {
            var refs = XDocument.Load(csproj).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!.Value.Replace('\\', '/')))
                .Order(StringComparer.Ordinal).ToList();
            references[Path.GetFileNameWithoutExtension(csproj)] = refs;
        }
        return new ProjectGraph(references);
    }

    /// <summary>Every project <paramref name="project"/> reaches through references (itself excluded).</summary>
    public IReadOnlySet<string> Transitive(string project)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(References[project]);
        while (stack.TryPop(out var next))
        {
            if (!seen.Add(next))
                continue;
            foreach (var r in References.GetValueOrDefault(next, []))
                stack.Push(r);
        }
        return seen;
    }
}

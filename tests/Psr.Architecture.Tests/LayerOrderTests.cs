namespace Psr.Architecture.Tests;

/// <summary>
/// Dependencies point down: each src project may reference only projects of a lower layer. A new project must be
/// placed here first, so its place in the order is a decision, not an accident.
/// </summary>
public sealed class LayerOrderTests
{
    /// <summary>The declared layers, lowest first.</summary>
    private static readonly string[][] Layers =
    [
        ["Psr.Core", "Psr.Protocol.OpenAI"],            // records, I/O, errors; the OpenAI wire format
        ["Psr.Roles", "Psr.Eval", "Psr.Model"],         // role contracts + prompts; grading; the TorchSharp model
        ["Psr.World", "Psr.Training"],                  // the built-in world; SFT and DPO trainers
        ["Psr.Pipeline", "Psr.Backends.OpenAI", "Psr.Serve"], // the loop; HTTP roles; the model server
        ["Psr.Extensions.External", "Psr.Studies"],     // extensions plugging stages into the loop: external trainer; studies
        ["Psr.Extensions.RealData"],                    // real-data seed data (a benchmark's Init runs the external trainer)
        ["Psr.Reports"],                                // reports read run directories
        ["Psr.Cli"],                                    // composes everything
    ];

    /// <summary>What the model server must never pull in: the loop, its trainers, the world, the HTTP client.</summary>
    private static readonly string[] NotInServe =
        ["Psr.Pipeline", "Psr.Training", "Psr.World", "Psr.Roles", "Psr.Backends.OpenAI", "Psr.Reports"];

    /// <summary>The projects that plug stages into the loop (<c>IStagePlanExtension</c>); psr run composes them.</summary>
    private static readonly string[] Extensions = ["Psr.Extensions.External", "Psr.Extensions.RealData", "Psr.Studies"];

    private static readonly ProjectGraph Graph = ProjectGraph.Load(RepoFiles.Src);

    private static int LayerOf(string project) =>
        Array.FindIndex(Layers, layer => layer.Contains(project, StringComparer.Ordinal));

    [Fact]
    public void Every_src_project_has_a_declared_layer()
    {
        var undeclared = Graph.References.Keys.Where(p => LayerOf(p) < 0).ToList();
        Assert.True(undeclared.Count == 0,
            $"declare a layer in LayerOrderTests.Layers for: {string.Join(", ", undeclared)}");
        Assert.Contains("Psr.Pipeline", Graph.References.Keys);
    }

    [Fact]
    public void No_project_reference_points_up_or_sideways()
    {
        var bad = Graph.References
            .SelectMany(p => p.Value.Select(r => (From: p.Key, To: r)))
            .Where(e => LayerOf(e.From) >= 0 && LayerOf(e.To) >= LayerOf(e.From))
            .Select(e => $"{e.From} (layer {LayerOf(e.From)}) -> {e.To} (layer {LayerOf(e.To)})")
            .ToList();
        Assert.True(bad.Count == 0, "references that break the layer order:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void Serve_depends_on_the_model_and_the_protocol_only()
    {
        var reached = Graph.Transitive("Psr.Serve");
        Assert.Contains("Psr.Model", reached);
        Assert.Contains("Psr.Protocol.OpenAI", reached);
        var forbidden = reached.Intersect(NotInServe, StringComparer.Ordinal).ToList();
        Assert.True(forbidden.Count == 0, $"Psr.Serve reaches {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void The_loop_references_none_of_its_extensions()
    {
        Assert.All(Extensions, e => Assert.Contains(e, Graph.References.Keys));
        var reached = Graph.Transitive("Psr.Pipeline").Intersect(Extensions, StringComparer.Ordinal).ToList();
        Assert.True(reached.Count == 0, $"Psr.Pipeline reaches {string.Join(", ", reached)}");
    }

    [Fact]
    public void The_http_backend_does_not_know_the_loop()
    {
        Assert.DoesNotContain("Psr.Pipeline", Graph.Transitive("Psr.Backends.OpenAI"));
        Assert.Equal(["Psr.Core"], Graph.Transitive("Psr.Roles"));
        Assert.Empty(Graph.References["Psr.Protocol.OpenAI"]);
    }
}

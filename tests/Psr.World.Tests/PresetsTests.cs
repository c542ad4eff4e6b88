using Psr.Core.Errors;
using Psr.World.Presets;
using Psr.World.Samples;

namespace Psr.World.Tests;

public sealed class PresetsTests
{
    [Fact]
    public void Every_preset_is_valid_and_named_uniquely()
    {
        // When every preset is validated, then none throws and names are unique
        foreach (var p in WorldPresets.All)
            p.Validate();
        Assert.Equal(WorldPresets.All.Count, WorldPresets.All.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void An_unknown_preset_lists_the_known_ones()
    {
        var e = Assert.Throws<PsrException>(() => WorldPresets.Get("nope"));
        Assert.Contains("smoke, single, default", e.Message);
    }

    [Fact]
    public void The_sample_shows_gold_steps_a_wrong_step_and_the_judge_target()
    {
        // When two samples of the smoke preset are written
        var w = new StringWriter();
        WorldSampleWriter.Write(w, WorldPresets.Smoke, 2, 3);
        var text = w.ToString();

        // Then each part is there twice
        Assert.Equal(2, CountOf(text, "-- wrong line"));
        Assert.Equal(2, CountOf(text, "Judge:\n"));
        Assert.Equal(2, CountOf(text, "== smoke-train-3-"));
        Assert.Equal(2, CountOf(text, "[["));
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}

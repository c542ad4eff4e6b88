using Psr.Training.Data;
using Psr.World.Eft;

namespace Psr.Pipeline.SeedData;

/// <summary>EFT seed data: judge examples drawn from an <see cref="EftSampler"/> as prompt → check lines + verdict.</summary>
public static class EftExamples
{
    /// <summary>Draws <paramref name="count"/> examples with a seeded random stream.</summary>
    public static IReadOnlyList<EftExample> Draw(EftSampler sampler, int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => sampler.Next(rng)).ToList();
    }

    /// <summary>The SFT view of judge examples: prompt = judge prompt, response = the written check and verdict.</summary>
    public static IReadOnlyList<SftExample> ToSft(IEnumerable<EftExample> examples) =>
        examples.Select(e => new SftExample(e.Prompt, e.Target)).ToList();
}

using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The in-process generation arithmetic in a generating stage's configuration hash: bfloat16 products or a bfloat16
/// copy change the sampled tokens, so a resumed run must not take float32 outputs as done for them. Float32, the
/// default, leaves the hash as it was before the setting existed, so earlier runs keep theirs.
/// </summary>
internal static class GenerationHash
{
    /// <summary><paramref name="stageHash"/>, or a hash over it and <paramref name="model"/>'s generation precision when that is not float32.</summary>
    public static string Of(string stageHash, ModelConfig model) => model.GenerationPrecision == ComputePrecision.Float32
        ? stageHash
        : ArtifactJson.HashOf(new { Stage = stageHash, Generation = model.GenerationPrecision });
}

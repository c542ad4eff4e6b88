using System.Text.Json;
using Psr.Core.IO;
using Psr.Pipeline.SeedData;

namespace Psr.Studies.WorldTraining;

/// <summary>What a world training did, written next to the model as <c>training.json</c>.</summary>
/// <param name="Options">The options it ran with.</param>
/// <param name="Parameters">Model parameters.</param>
/// <param name="IftExamples">IFT examples.</param>
/// <param name="EftExamples">EFT examples.</param>
/// <param name="MinedWrongSteps">Distinct wrong steps sampled from the weak model.</param>
/// <param name="KeptWrongSteps">Of those, kept by the EFT sampler.</param>
/// <param name="StepsRun">Optimizer steps run by this process (after any resume).</param>
/// <param name="ResumedFromStep">Step the run resumed from (0 for a fresh run).</param>
/// <param name="TrainSeconds">Wall time of the training loop in this process.</param>
/// <param name="FinalLoss">Loss of the last step.</param>
public sealed record WorldTrainingSummary(
    WorldTrainingOptions Options, long Parameters, int IftExamples, int EftExamples, int MinedWrongSteps, int KeptWrongSteps,
    int StepsRun, int ResumedFromStep, double TrainSeconds, double FinalLoss)
{
    // Enums by name, so that training.json says which size and arithmetic trained the model.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Writes <paramref name="summary"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(WorldTrainingSummary summary, string path) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(summary, Json));
}

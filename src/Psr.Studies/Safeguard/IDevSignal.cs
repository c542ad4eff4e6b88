using Psr.Pipeline.Runs;

namespace Psr.Studies.Safeguard;

/// <summary>Measures the safeguard's held-out dev signal of one model, resumably, inside the safeguard stage.</summary>
public interface IDevSignal
{
    /// <summary>Dev items the signal is measured on.</summary>
    int Items { get; }

    /// <summary>
    /// The signal (a fraction) of the model in the run-relative <paramref name="modelFolder"/>; <paramref name="which"/>
    /// (<c>start</c> or <c>trained</c>) names its files in the stage folder, whose paths are added to <paramref name="outputs"/>.
    /// </summary>
    Task<double> MeasureAsync(StageContext context, string which, string modelFolder, List<string> outputs, CancellationToken cancellationToken);
}

using Psr.Pipeline.Runs;
using Psr.Studies.Safeguard;

namespace Psr.Studies.Tests.Safeguard;

/// <summary>A dev signal with a set value per model folder; records each measurement in <c>{which}.txt</c>.</summary>
internal sealed class FixedDevSignal(IReadOnlyDictionary<string, double> values) : IDevSignal
{
    public int Items => 7;

    public Task<double> MeasureAsync(StageContext context, string which, string modelFolder, List<string> outputs, CancellationToken cancellationToken)
    {
        File.WriteAllText(context.PathOf(which + ".txt"), modelFolder);
        outputs.Add(context.Artifact(which + ".txt"));
        return Task.FromResult(values[modelFolder]);
    }
}

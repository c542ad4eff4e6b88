using Psr.Pipeline.Config;

namespace Psr.Studies.Safeguard;

/// <summary>One round's safeguard check (<c>safeguard.json</c> of its safeguard stage).</summary>
/// <param name="Round">The round's model name (M2, …).</param>
/// <param name="Signal">The watched signal.</param>
/// <param name="DevItems">Dev problems (greedy accuracy) or dev judge pairs, each judged in both orders (agreement).</param>
/// <param name="StartModel">Run-relative folder of the model the round started from.</param>
/// <param name="TrainedModel">Run-relative folder of the model the round trained.</param>
/// <param name="StartValue">The signal of the starting model (a fraction).</param>
/// <param name="TrainedValue">The signal of the trained model.</param>
/// <param name="Drop">StartValue − TrainedValue (negative: it rose).</param>
/// <param name="MaxDrop">The tolerated drop.</param>
/// <param name="Action">The configured action on a larger drop.</param>
/// <param name="Decision">What happened.</param>
/// <param name="NextModel">Run-relative folder of the model the next round starts from (a copy is in this stage's <c>model/</c>).</param>
public sealed record SafeguardVerdict(string Round, SafeguardSignal Signal, int DevItems, string StartModel, string TrainedModel,
    double StartValue, double TrainedValue, double Drop, double MaxDrop, SafeguardAction Action, SafeguardDecision Decision, string NextModel)
{
    /// <summary>Decides from the two values.</summary>
    public static SafeguardDecision Decide(double startValue, double trainedValue, SafeguardConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        // A tiny tolerance keeps a drop of exactly MaxDrop (in floating point) accepted, as documented.
        if (startValue - trainedValue <= config.MaxDrop + 1e-12)
            return SafeguardDecision.Accepted;
        return config.Action == SafeguardAction.RejectRound ? SafeguardDecision.Rejected : SafeguardDecision.Stopped;
    }

    /// <summary>One line for the console and the summary.</summary>
    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Round}: {Signal} {100 * StartValue:F1}% -> {100 * TrainedValue:F1}% (drop {100 * Drop:+0.0;-0.0;0.0} points, limit {100 * MaxDrop:F1}) on {DevItems} dev items: {Decision}");
}

using Psr.Pipeline.Metrics;

namespace Psr.Studies.Measurement;

/// <summary>The oracle's view of search pairs (chosen, rejected) at their prefixes.</summary>
/// <param name="Pairs">Pairs classified.</param>
/// <param name="Agree">Chosen right and rejected wrong.</param>
/// <param name="Reversed">Chosen wrong and rejected right.</param>
/// <param name="BothWrong">Both wrong at a correct prefix.</param>
/// <param name="BothRight">Both right (e.g. two valid orders).</param>
/// <param name="AfterWrongPrefix">Made after the path had already gone wrong (the oracle cannot label them).</param>
/// <param name="Agreement">Agree / (Agree + Reversed): the judge's agreement with the oracle where exactly one step is right.</param>
public sealed record PairBreakdown(int Pairs, int Agree, int Reversed, int BothWrong, int BothRight, int AfterWrongPrefix, Rate Agreement)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Pairs} pairs: agree {Agree} / reversed {Reversed} / both wrong {BothWrong} / both right {BothRight} / after wrong prefix {AfterWrongPrefix}; agreement among exactly-one-right {Agreement}";
}

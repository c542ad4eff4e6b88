namespace Psr.Pipeline.Metrics;

/// <summary>The judge on held-out right-vs-wrong pairs, each judged in both orders.</summary>
/// <param name="Pairs">Pairs judged.</param>
/// <param name="Accuracy">Judgments whose verdict names the right candidate.</param>
/// <param name="BothOrdersRight">Pairs judged right in both orders.</param>
/// <param name="Consistent">Pairs whose two verdicts mirror each other (among pairs parsed in both orders).</param>
/// <param name="Unparsed">Judgments without a verdict token.</param>
/// <param name="SaidA">Share of [[A]] among A/B verdicts (0.5 = no position bias; the truth is balanced).</param>
/// <param name="SaidBothWrong">Judgments that called both wrong.</param>
/// <param name="LabelAccuracy">The judge's own right/wrong words against the oracle, over both candidates of every judgment.</param>
public sealed record JudgeAccuracy(
    int Pairs, Rate Accuracy, Rate BothOrdersRight, Rate Consistent, Rate Unparsed, Rate SaidA, Rate SaidBothWrong, Rate LabelAccuracy);

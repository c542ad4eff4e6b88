using Psr.Roles;

namespace Psr.Roles.Prompts;

/// <summary>Reads a judge's text answer; an answer without a verdict is <see cref="JudgeVerdict.Unparsed"/>, never null.</summary>
public interface IVerdictParser
{
    /// <summary>The judgment written in <paramref name="text"/> (raw text kept).</summary>
    StepJudgment Parse(string text);

    /// <summary>The verdict tokens whose probabilities decide a verdict from log-probabilities (e.g. "A" and "B").</summary>
    (string A, string B) VerdictTokens { get; }

    /// <summary>The text that comes right before a verdict token (e.g. "[[").</summary>
    string VerdictOpener { get; }
}

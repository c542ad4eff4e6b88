using Psr.Roles;
using Psr.Roles.Prompts;
using Psr.World.Judging;

namespace Psr.World.RoleAdapters;

/// <summary>
/// The built-in world's judge output (check lines, then <c>[[A]]</c>, <c>[[B]]</c>, <c>[[tie]]</c> or <c>[[none]]</c>),
/// parsed exactly as the in-process judge parses it (<see cref="JudgeOutputParser"/>), own labels included.
/// </summary>
public sealed class WorldVerdictParser : IVerdictParser
{
    /// <inheritdoc />
    public (string A, string B) VerdictTokens => ("A", "B");

    /// <inheritdoc />
    public string VerdictOpener => "[[";

    /// <inheritdoc />
    public StepJudgment Parse(string text) => JudgmentMapping.From(JudgeOutputParser.Parse(text));
}

using System.Globalization;
using System.Text.Json.Nodes;
using Psr.Core.IO;

namespace Psr.World.Problems;

/// <summary>
/// Writes problems as JSONL with the fields every benchmark loader reads: <c>id</c>, <c>question</c>,
/// <c>answer</c> (a string, as GSM8K-style loaders expect) and <c>solution</c> (the gold steps).
/// </summary>
public static class ProblemJsonl
{
    /// <summary>One problem as a JSON object.</summary>
    public static JsonObject ToJson(WorldProblem problem) => new()
    {
        ["id"] = problem.Id,
        ["question"] = problem.Question,
        ["answer"] = problem.Answer.ToString(CultureInfo.InvariantCulture),
        ["solution"] = problem.Solution,
    };

    /// <summary>Writes <paramref name="problems"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IEnumerable<WorldProblem> problems) =>
        Jsonl.WriteFile(path, problems.Select(ToJson));
}

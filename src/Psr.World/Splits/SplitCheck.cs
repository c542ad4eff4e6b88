using Psr.Core.Errors;
using Psr.World.Problems;

namespace Psr.World.Splits;

/// <summary>Proves that problem sets do not share a question.</summary>
public static class SplitCheck
{
    /// <summary>The questions that occur in both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static IReadOnlyList<string> SharedQuestions(IEnumerable<string> a, IEnumerable<string> b)
    {
        var set = new HashSet<string>(a, StringComparer.Ordinal);
        return b.Where(set.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Throws a <see cref="PsrException"/> naming the first shared question when the sets overlap.</summary>
    public static void EnsureDisjoint(IEnumerable<WorldProblem> a, IEnumerable<WorldProblem> b, string what)
    {
        var shared = SharedQuestions(a.Select(p => p.Question), b.Select(p => p.Question));
        if (shared.Count > 0)
            throw new PsrException($"{what}: {shared.Count} shared questions, first '{shared[0]}'");
    }

    /// <summary>The problems of <paramref name="problems"/> whose question belongs to another split.</summary>
    public static IReadOnlyList<WorldProblem> Misassigned(IEnumerable<WorldProblem> problems, WorldSplit split,
        SplitConfig config) =>
        problems.Where(p => SplitAssigner.SplitOf(p.Question, config) != split).ToList();
}

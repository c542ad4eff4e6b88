using Psr.Training.Data;
using Psr.World.Problems;

namespace Psr.Pipeline.SeedData;

/// <summary>IFT seed data: the gold solution of each problem in the solve format (<see cref="PolicyPrompt"/>).</summary>
public static class IftExamples
{
    /// <summary>One example per problem: prompt = question line, response = the gold steps (EOS added by the trainer).</summary>
    public static IReadOnlyList<SftExample> From(IEnumerable<WorldProblem> problems) =>
        problems.Select(p => new SftExample(PolicyPrompt.Format(p.Question, []), p.Solution)).ToList();
}

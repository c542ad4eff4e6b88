using Psr.Model.Generation;
using Psr.Pipeline.Metrics;
using Psr.Pipeline.SeedData;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Studies.Measurement;

/// <summary>Greedy solutions scored by the oracle, and per-step accuracy of greedy steps from gold prefixes.</summary>
public static class GreedyMeasurement
{
    /// <summary>Per problem: whether the greedy solution's final answer is right.</summary>
    public static IReadOnlyList<bool> Solve(TextGenerator generator, IReadOnlyList<WorldProblem> problems, int batchSize)
    {
        var options = new SamplingOptions { Temperature = 0, MaxNewTokens = 160 };
        var correct = new List<bool>(problems.Count);
        foreach (var chunk in problems.Chunk(batchSize))
        {
            var outputs = generator.Sample(chunk.Select(p => PolicyPrompt.Format(p.Question, [])).ToList(), options);
            correct.AddRange(outputs.Select(o => StepOracle.ScoreSolution(chunk[o.PromptIndex].Expression, o.Text).FinalAnswerCorrect));
        }
        return correct;
    }

    /// <summary>Greedy next step at every gold prefix: (all steps, operation steps only).</summary>
    public static (Rate All, Rate Operations) Steps(TextGenerator generator, IReadOnlyList<WorldProblem> problems, int batchSize)
    {
        var items = problems
            .SelectMany(p => Enumerable.Range(0, p.GoldSteps.Count).Select(k => (Problem: p, Prefix: p.GoldSteps.Take(k).ToList())))
            .ToList();
        var options = new SamplingOptions { Temperature = 0, MaxNewTokens = 48, StopStrings = [PolicyPrompt.LineEnd] };
        int all = 0, ops = 0, opTotal = 0;
        foreach (var chunk in items.Chunk(batchSize))
        {
            var outputs = generator.Sample(chunk.Select(i => PolicyPrompt.Format(i.Problem.Question, i.Prefix)).ToList(), options);
            foreach (var o in outputs)
            {
                var (problem, prefix) = chunk[o.PromptIndex];
                var right = StepOracle.JudgeStep(problem.Expression, prefix, o.Text).Label == StepLabel.Correct;
                var isOperation = prefix.Count < problem.GoldSteps.Count - 1;
                all += right ? 1 : 0;
                ops += right && isOperation ? 1 : 0;
                opTotal += isOperation ? 1 : 0;
            }
        }
        return (Rate.Of(all, items.Count), Rate.Of(ops, opTotal));
    }
}

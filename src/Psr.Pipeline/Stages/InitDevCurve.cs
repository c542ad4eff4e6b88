using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.World.Problems;
using Psr.World.Splits;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The Init learning curve (<c>sft.devEvery</c> &gt; 0): greedy accuracy of the model being trained on
/// <c>sft.devProblems</c> world dev-split problems (never trained on, disjoint from the EFT test problems) at step 0,
/// every <c>sft.devEvery</c> steps, at 80 % of the steps and at the last step. Each point goes to a progress log before the step's
/// checkpoint, so a resumed Init keeps the points it measured and measures only the missing ones.
/// </summary>
public sealed class InitDevCurve : IDisposable
{
    /// <summary>The curve file in the Init stage's folder.</summary>
    public const string CurveFile = "dev-curve.jsonl";

    private readonly RunConfig _config;
    private readonly IReadOnlyList<WorldProblem> _problems;
    private readonly ProgressLog<DevPoint> _log;
    private readonly GeneratorGreedySolver _solver;

    /// <summary>Opens the curve's progress log in the stage folder and draws the dev problems.</summary>
    public InitDevCurve(RunConfig config, StageContext context, Qwen2ForCausalLM model, ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(context);
        _config = config;
        _problems = Problems(config);
        _solver = new GeneratorGreedySolver(new TextGenerator(model, tokenizer));
        _log = context.OpenProgress<DevPoint>("dev-curve.progress.jsonl");
    }

    /// <summary>The dev problems: drawn from the dev split with their own salt, EFT test problems left out.</summary>
    public static IReadOnlyList<WorldProblem> Problems(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new WorldQuestions(config).DevOutsideEftTest(config.Sft.DevProblems, 5, "init-dev");
    }

    /// <summary>
    /// Whether the curve has a point at <paramref name="step"/> of <paramref name="totalSteps"/>: step 0, every
    /// <paramref name="every"/> steps, the step at 80 % of the steps (<see cref="EightyPercentStep"/>) and the last.
    /// </summary>
    public static bool IsPoint(int step, int every, int totalSteps) =>
        step == 0 || step == totalSteps || step == EightyPercentStep(totalSteps) || step % every == 0;

    /// <summary>The step at 80 % of Init (rounded): where the "last fifth of Init" starts.</summary>
    public static int EightyPercentStep(int totalSteps) => (int)Math.Round(0.8 * totalSteps, MidpointRounding.AwayFromZero);

    /// <summary>Measures the model now as the point of <paramref name="step"/>, unless the log already has it.</summary>
    public void Measure(int step)
    {
        if (!IsPoint(step, _config.Sft.DevEvery, _config.Sft.Steps) || _log.Records.Any(p => p.Step == step))
            return;
        var solved = new List<bool>(_problems.Count);
        foreach (var chunk in _problems.Chunk(_config.Evaluation.BatchSize))
        {
            var prompts = chunk.Select(p => PolicyPrompt.Format(p.Question, [])).ToList();
            var outputs = _solver.SolveAsync(prompts, _config.Evaluation.MaxSolutionTokens, CancellationToken.None).GetAwaiter().GetResult();
            solved.AddRange(chunk.Select((p, i) => GreedyEvaluation.Score(p, outputs[i]).Correct));
        }
        _log.Append([DevPoint.Of(step, solved)]); // per problem too: the last fifth's gain gets a paired interval
    }

    /// <summary>The measured points, one per step, in step order.</summary>
    public List<DevPoint> Curve() => _log.Records.GroupBy(p => p.Step).Select(g => g.Last()).OrderBy(p => p.Step).ToList();

    /// <inheritdoc />
    public void Dispose() => _log.Dispose();
}

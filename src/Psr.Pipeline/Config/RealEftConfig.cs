using Psr.Core.Errors;
using Psr.Roles.Prompts;

namespace Psr.Pipeline.Config;

/// <summary>
/// EFT built from real data (paper §3.2): a tree over the policy's sampled sibling steps of each IFT problem, each
/// sibling scored by a PRM (<see cref="Scorer"/>), the best and worst sibling of a node paired when their scores differ
/// by at least <see cref="ScoreMargin"/>, each pair annotated by the strong judge (<c>backends.annotator</c>, Figure 5)
/// in both orders and kept only when both verdicts agree with each other and with the PRM. Off by default (the
/// built-in world's EFT oracle is used instead).
/// </summary>
public sealed record RealEftConfig
{
    /// <summary>Whether the EFT stage builds pairs this way instead of from the world's oracle. Default false.</summary>
    public bool Enabled { get; init; }

    /// <summary>IFT problems searched (the first ones of <c>ift.jsonl</c>); 0 = all. Default 0.</summary>
    public int MaxProblems { get; init; }

    /// <summary>How a served policy is prompted for steps. Default <see cref="PromptStyle.Paper"/> (Figure 4, <c>Step k:</c>).</summary>
    public PromptStyle PromptStyle { get; init; } = PromptStyle.Paper;

    /// <summary>Sibling steps sampled per node (w). Default 4.</summary>
    public int Width { get; init; } = 4;

    /// <summary>Sampling temperature of the siblings. Default 0.7 (the paper's MCTS).</summary>
    public double Temperature { get; init; } = 0.7;

    /// <summary>Nucleus threshold of the siblings and rollouts. Default 0.95 (the paper's MCTS).</summary>
    public double TopP { get; init; } = 0.95;

    /// <summary>Token cap of one step. Default 256.</summary>
    public int MaxStepTokens { get; init; } = 256;

    /// <summary>Deepest node expanded (steps along the path). Default 8.</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>Smallest best − worst PRM score difference that makes a candidate pair. Default 0.5.</summary>
    public double ScoreMargin { get; init; } = 0.5;

    /// <summary>The PRM. Default <see cref="StepScorerKind.Rollouts"/> (needs no PRM model).</summary>
    public StepScorerKind Scorer { get; init; } = StepScorerKind.Rollouts;

    /// <summary>Rollouts per scored step (k) for <see cref="StepScorerKind.Rollouts"/>. Default 8.</summary>
    public int Rollouts { get; init; } = 8;

    /// <summary>Rollout sampling temperature. Default 0.7.</summary>
    public double RolloutTemperature { get; init; } = 0.7;

    /// <summary>Most steps a rollout writes after the scored step before it counts as unfinished (wrong). Default 16.</summary>
    public int RolloutMaxSteps { get; init; } = 16;

    /// <summary>Token cap of one annotator answer (explanation + verdict). Default 1024.</summary>
    public int AnnotatorMaxTokens { get; init; } = 1024;

    /// <summary>Annotator sampling temperature. Default 0 (greedy).</summary>
    public double AnnotatorTemperature { get; init; }

    /// <summary>Share of problems whose pairs go to the test split (judge accuracy), chosen by seeded hash. Default 0.1.</summary>
    public double TestFraction { get; init; } = 0.1;

    /// <summary>Problems walked together (one batched request wave per tree level). Default 16.</summary>
    public int ProblemBatch { get; init; } = 16;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "eft")
    {
        var p = new ConfigProblems(path);
        p.Check(MaxProblems >= 0, nameof(MaxProblems), MaxProblems, "must be >= 0 (0 = all)")
            .Check(Enum.IsDefined(PromptStyle), nameof(PromptStyle), PromptStyle, "unknown value")
            .Check(Width >= 2, nameof(Width), Width, "must be >= 2 (a pair needs two siblings)")
            .Check(Temperature > 0 && double.IsFinite(Temperature), nameof(Temperature), Temperature, "must be > 0 (siblings must differ)")
            .Check(TopP is > 0 and <= 1, nameof(TopP), TopP, "must be in (0, 1]")
            .Check(MaxStepTokens >= 1, nameof(MaxStepTokens), MaxStepTokens, "must be >= 1")
            .Check(MaxDepth >= 1, nameof(MaxDepth), MaxDepth, "must be >= 1")
            .Check(ScoreMargin is > 0 and <= 1, nameof(ScoreMargin), ScoreMargin, "must be in (0, 1] (scores are probabilities)")
            .Check(Enum.IsDefined(Scorer), nameof(Scorer), Scorer, "unknown value")
            .Check(Rollouts >= 1, nameof(Rollouts), Rollouts, "must be >= 1")
            .Check(RolloutTemperature >= 0 && double.IsFinite(RolloutTemperature), nameof(RolloutTemperature), RolloutTemperature, "must be >= 0")
            .Check(RolloutMaxSteps >= 1, nameof(RolloutMaxSteps), RolloutMaxSteps, "must be >= 1")
            .Check(AnnotatorMaxTokens >= 1, nameof(AnnotatorMaxTokens), AnnotatorMaxTokens, "must be >= 1")
            .Check(AnnotatorTemperature >= 0 && double.IsFinite(AnnotatorTemperature), nameof(AnnotatorTemperature), AnnotatorTemperature, "must be >= 0")
            .Check(TestFraction is >= 0 and < 1, nameof(TestFraction), TestFraction, "must be in [0, 1)")
            .Check(ProblemBatch >= 1, nameof(ProblemBatch), ProblemBatch, "must be >= 1");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

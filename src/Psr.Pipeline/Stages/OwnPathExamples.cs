using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.SeedData;
using Psr.Roles;
using Psr.Training.Data;
using Psr.Training.Dpo;

namespace Psr.Pipeline.Stages;

/// <summary>
/// A round's own self-verified solutions as SFT examples (<c>dpo.replaySource = OwnPaths</c>): what the search found
/// and the model's own judge vouched for, on the round's fresh questions, with no gold answer involved.
/// </summary>
public static class OwnPathExamples
{
    /// <summary>Run-relative artifacts of round <paramref name="roundIndex"/> the examples are read from.</summary>
    public static IReadOnlyList<string> Artifacts(int roundIndex, SelfRewardingMethod method) => method == SelfRewardingMethod.Outcome
        ? [RunLayout.Artifact(OutcomeRoundStage.StageIdOf(roundIndex), SearchStage.ResultsFile)]
        : [RunLayout.Artifact(RoundSearchStage.StageIdOf(roundIndex), RoundSearchStage.QuestionsFile),
            RunLayout.Artifact(RoundSearchStage.StageIdOf(roundIndex), SearchStage.ResultsFile)];

    /// <summary>The round's self-verified solutions (by <paramref name="rule"/>; the outcome baseline's have one rule), in question order.</summary>
    public static List<SftExample> Read(RunDirectory run, int roundIndex, SelfRewardingMethod method, OwnPathRule rule = OwnPathRule.NoStepWrong)
    {
        var files = Artifacts(roundIndex, method);
        if (method == SelfRewardingMethod.Outcome)
            return FromOutcome(ArtifactJsonl.Read<OutcomeResult>(run.Resolve(files[0])));
        var questions = ArtifactJsonl.Read<SearchQuestion>(run.Resolve(files[0])).ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);
        return FromSearch(ArtifactJsonl.Read<QuestionSearchResult>(run.Resolve(files[1])), questions, rule);
    }

    /// <summary>
    /// Finished paths whose accepted steps pass <paramref name="rule"/>: by default none labelled wrong by the judge
    /// (unjudged steps, e.g. all candidates identical without <c>search.judgeIdentical</c>, count as vouched for).
    /// </summary>
    public static List<SftExample> FromSearch(IEnumerable<QuestionSearchResult> results, IReadOnlyDictionary<string, string> questions,
        OwnPathRule rule = OwnPathRule.NoStepWrong) =>
        results.Where(r => r.Status == SearchStatus.Finished && r.Steps.Count > 0 && Vouched(r.Trace, rule))
            .Select(r => new SftExample(PolicyPrompt.Format(questions[r.QuestionId], []), string.Join('\n', r.Steps)))
            .ToList();

    /// <summary>The highest-scored solution of each question when its judge gave it full marks and it ended on its own.</summary>
    public static List<SftExample> FromOutcome(IEnumerable<OutcomeResult> results) =>
        results.Where(r => r.ChosenIndex is { } c && r.Candidates[c].Mean == ScoreParser.MaxScore && r.Candidates[c].End != CandidateEnd.TokenLimit)
            .Select(r => new SftExample(PolicyPrompt.Format(r.Question, []), r.Candidates[r.ChosenIndex!.Value].Text))
            .ToList();

    private static bool Vouched(QuestionTrace trace, OwnPathRule rule) => trace.PathExpansions.All(e =>
        trace.Expansions[e].ChosenIndex is not { } c || Vouched(trace.Expansions[e], trace.Expansions[e].Candidates[c].SelfLabel, rule));

    private static bool Vouched(ExpansionTrace expansion, StepCorrectness label, OwnPathRule rule) => rule switch
    {
        OwnPathRule.EveryStepRight when expansion.Outcome != ExpansionOutcome.AcceptedIdentical => label == StepCorrectness.Correct,
        _ => label != StepCorrectness.Wrong,
    };
}

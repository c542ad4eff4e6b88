using System.Text.Json;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles;

namespace Psr.Reports.Tests;

/// <summary>
/// The tiny runs' 1-layer models never give a step verdict, and a report leaves such a judge out. So the fixtures give
/// every evaluation's judge records a fixed mix of verdicts (right, wrong, tie, unparsed) and rewrite the evaluation's
/// judge summary from them, so that the report's judge numbers are recomputed from records that can disagree.
/// </summary>
public static class TestVerdicts
{
    /// <summary>The verdict the fixtures give to one record.</summary>
    public static JudgeVerdict Of(JudgeRecord r) => (((2 * r.Index) + (r.Swapped ? 1 : 0)) % 5) switch
    {
        0 or 1 => r.Expected,
        2 => r.Expected == JudgeVerdict.A ? JudgeVerdict.B : JudgeVerdict.A,
        3 => JudgeVerdict.Tie,
        _ => JudgeVerdict.Unparsed,
    };

    /// <summary>Gives the verdicts in every evaluate stage of the run at <paramref name="root"/>.</summary>
    public static void Give(string root)
    {
        foreach (var stage in Directory.EnumerateDirectories(Path.Combine(root, "stages"), "*-evaluate"))
        {
            var judgeFile = Path.Combine(stage, "judge.jsonl");
            if (!File.Exists(judgeFile))
                continue;
            var records = ArtifactJsonl.Read<JudgeRecord>(judgeFile).Select(r => r with { Verdict = Of(r) }).ToList();
            ArtifactJsonl.Write(judgeFile, records);
            var evaluationFile = Path.Combine(stage, EvaluateStage.EvaluationFile);
            var evaluation = EvaluateStage.Read(evaluationFile) with { Judge = JudgeEvaluation.Summarize(records) };
            File.WriteAllText(evaluationFile, JsonSerializer.Serialize(evaluation, ArtifactJson.Indented) + "\n");
        }
    }
}

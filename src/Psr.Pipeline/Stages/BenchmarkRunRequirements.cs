using Psr.Pipeline.Config;
using Psr.Roles.Prompts;

namespace Psr.Pipeline.Stages;

/// <summary>
/// What a <c>data.source = Benchmark</c> run needs before any work starts: real-model roles on endpoints (the
/// in-process character model cannot encode benchmark text), the paper's judge template, the external trainer for
/// M1 and step-DPO, a ready EFT file (until the real-data EFT stage exists) and a served segmenter for model
/// segmentation. Each unmet need is one line naming the key and its value.
/// </summary>
public static class BenchmarkRunRequirements
{
    /// <summary>Every unmet need of <paramref name="config"/>.</summary>
    public static IReadOnlyList<string> Problems(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var b = config.Backends;
        var problems = new List<string>();
        void Need(bool ok, string line)
        {
            if (!ok)
                problems.Add(line);
        }
        Need(b.Policy.IsServed(), $"backends.policy.backend = {b.Policy.Backend}: data.source = Benchmark needs the policy on an OpenAiCompatible endpoint (the in-process character model cannot encode benchmark text)");
        Need(b.Judge.IsServed(), $"backends.judge.backend = {b.Judge.Backend}: data.source = Benchmark needs the judge on an OpenAiCompatible endpoint");
        Need(config.Judge.Template == JudgeTemplate.PaperFigure5, $"judge.template = {config.Judge.Template}: data.source = Benchmark uses the paper's Figure 5 judge (PaperFigure5)");
        Need(b.Trainer.IsEnabled(), "backends.trainer.command = null: data.source = Benchmark trains M1 (SFT) and each round (step-DPO) with the external trainer");
        Need(b.Trainer.PromptStyle == Roles.Prompts.PromptStyle.Paper, $"backends.trainer.promptStyle = {b.Trainer.PromptStyle}: data.source = Benchmark exports Figure 4 prompts (Paper)");
        Need(config.Eft.Enabled || !string.IsNullOrWhiteSpace(config.Data.EftPath), "data.eftPath = null: data.source = Benchmark needs real-data EFT (eft.enabled = true) or a ready EFT file");
        Need(config.Data.Segmentation != StepSegmentation.Model || b.Segmenter.IsServed(),
            $"backends.segmenter.backend = {b.Segmenter.Backend}: data.segmentation = Model needs the segmenter on an OpenAiCompatible endpoint");
        Need(config.Evaluation.TestTimeProblems == 0, $"evaluation.testTimeProblems = {config.Evaluation.TestTimeProblems}: test-time search is not graded on a benchmark yet; set 0");
        Need(config.Experiment.Method == SelfRewardingMethod.Process, $"experiment.method = {config.Experiment.Method}: data.source = Benchmark runs the process-based method only");
        Need(!config.Safeguard.Enabled, "safeguard.enabled = true: not supported with data.source = Benchmark yet");
        return problems;
    }
}

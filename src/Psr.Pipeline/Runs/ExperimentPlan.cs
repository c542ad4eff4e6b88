using System.Globalization;
using Psr.Pipeline.Config;

namespace Psr.Pipeline.Runs;

/// <summary>
/// Splits a multi-method / multi-seed configuration into its sub-runs: every method × every seed, method-major, each
/// with the experiment's other settings unchanged (same data, model, questions, optimizer), so the methods are
/// compared under identical budgets.
/// </summary>
public static class ExperimentPlan
{
    /// <summary>The sub-runs of <paramref name="config"/> (one for a single run).</summary>
    public static IReadOnlyList<SubRun> Of(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var e = config.Experiment;
        IReadOnlyList<SelfRewardingMethod> methods = e.Methods.Count > 0 ? e.Methods : [e.Method];
        IReadOnlyList<long> seeds = e.Seeds.Count > 0 ? e.Seeds : [config.Seeds.Run];
        return methods.SelectMany(m => seeds.Select(s => new SubRun(Name(m, s), m, s, config with
        {
            Experiment = new ExperimentConfig { Method = m },
            Seeds = config.Seeds with { Run = s },
        }))).ToList();
    }

    /// <summary>The folder name of a sub-run: the method's command-line name and the seed, e.g. <c>continued-sft-seed1</c>.</summary>
    public static string Name(SelfRewardingMethod method, long seed) =>
        string.Create(CultureInfo.InvariantCulture, $"{CommandName(method)}-seed{seed}");

    /// <summary>The method's name in <c>--methods</c> and folder names: lower-case words joined by hyphens (<c>oracle-judge</c>).</summary>
    public static string CommandName(SelfRewardingMethod method) =>
        string.Concat(method.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

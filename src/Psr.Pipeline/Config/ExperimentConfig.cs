using System.Text.Json.Serialization;
using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>
/// Which method(s) and seed(s) one <c>psr run</c> covers. Without a method list and a seed list the run is a single run
/// of <see cref="Method"/> in the run directory; otherwise every (method, seed) becomes its own sub-run in <c>&lt;method&gt;-seed&lt;seed&gt;/</c>
/// (all under identical settings), and the run directory holds their comparison.
/// </summary>
public sealed record ExperimentConfig
{
    /// <summary>The method of a single run. Default <see cref="SelfRewardingMethod.Process"/>.</summary>
    public SelfRewardingMethod Method { get; init; } = SelfRewardingMethod.Process;

    /// <summary>Methods to run side by side, e.g. <c>["Process", "Outcome"]</c>; empty = just <see cref="Method"/>. Default empty.</summary>
    public IReadOnlyList<SelfRewardingMethod> Methods { get; init; } = [];

    /// <summary>Run seeds (<c>seeds.run</c> of each sub-run), e.g. <c>[1, 2, 3]</c>; empty = just <c>seeds.run</c>. Default empty.</summary>
    public IReadOnlyList<long> Seeds { get; init; } = [];

    /// <summary>True when the run is split into sub-runs (a method list or a seed list is given).</summary>
    [JsonIgnore]
    public bool IsMulti => Methods.Count > 0 || Seeds.Count > 0;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "experiment")
    {
        var p = new ConfigProblems(path);
        p.Check(Enum.IsDefined(Method), nameof(Method), Method, "unknown value")
            .Check(Methods.All(Enum.IsDefined), nameof(Methods), string.Join(",", Methods), "unknown value")
            .Check(Methods.Distinct().Count() == Methods.Count, nameof(Methods), string.Join(",", Methods), "methods must be distinct")
            .Check(Seeds.Distinct().Count() == Seeds.Count, nameof(Seeds), string.Join(",", Seeds), "seeds must be distinct")
            .Check(Seeds.Count <= 16, nameof(Seeds), Seeds.Count, "at most 16 seeds");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}

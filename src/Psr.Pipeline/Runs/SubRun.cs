using Psr.Pipeline.Config;

namespace Psr.Pipeline.Runs;

/// <summary>One (method, seed) run of a multi-run experiment.</summary>
/// <param name="Name">Its folder under the experiment's run directory, e.g. <c>process-seed1</c>.</param>
/// <param name="Method">Its method.</param>
/// <param name="Seed">Its run seed.</param>
/// <param name="Config">Its configuration: the experiment's, with one method and one seed.</param>
public sealed record SubRun(string Name, SelfRewardingMethod Method, long Seed, RunConfig Config);

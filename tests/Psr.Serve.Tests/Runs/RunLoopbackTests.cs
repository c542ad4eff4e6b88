namespace Psr.Serve.Tests.Runs;

/// <summary>
/// The end-to-end acceptance: a run whose policy and judge go through psr serve over HTTP (127.0.0.1, an
/// ephemeral port) writes the same pairs, models and evaluations as the in-process run with the same seeds.
/// </summary>
[Collection(RunsCollection.Name)]
public sealed class RunLoopbackTests(ReferenceRuns reference)
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    public async Task A_run_with_policy_and_judge_over_psr_serve_equals_the_in_process_run(double temperature)
    {
        // Given the in-process run, and psr serve answering for every checkpoint of a second run's folder
        var expected = await reference.OutputsAsync(temperature);
        var dir = Directory.CreateTempSubdirectory("psr-served-").FullName;
        try
        {
            await using var server = await LoopRuns.ServeAsync(dir);

            // When the same configuration runs with both roles served
            await LoopRuns.RunAsync(LoopRuns.Served(reference.Config(temperature), server.BaseAddress), dir);

            // Then every stage output (pairs, traces, models, evaluations) is byte-identical
            Assert.Equal(expected, LoopRuns.Outputs(dir));
            // ... the roles really went over HTTP, and every unparsed verdict was counted as a skip
            Assert.True(LoopRuns.Sum(dir, "policyRequests") > 0 && LoopRuns.Sum(dir, "judgeRequests") > 0);
            var searches = LoopRuns.Manifests(dir).Where(m => m.Stage == "search").ToList();
            // (a greedy policy's w candidates are identical, so only sampling collects pairs)
            Assert.True(temperature == 0 || searches.Sum(m => m.Counts["pairs"]) > 0, "the rounds collected pairs");
            Assert.Equal(searches.Sum(m => m.Counts["unparsedVerdicts"]), searches.Sum(m => m.Counts["judgeSkipped"]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

namespace Psr.Serve.Batching;

/// <summary>
/// Which jobs may share one <c>TextGenerator</c> call (one sampling setting): greedy jobs with the same n, and
/// sampling jobs with the same n, temperature and top-p. A seeded job's candidates come from its own per-row streams
/// (<c>GenerationRequest.Seed</c>), so they equal an in-process call with that seed whatever shares its batch.
/// </summary>
internal readonly record struct BatchKey(int N, double Temperature, double TopP)
{
    public static BatchKey Of(GenerationJob job) => job.Temperature == 0 ? new(job.N, 0, 1) : new(job.N, job.Temperature, job.TopP);
}

namespace Psr.Serve.Batching;

/// <summary>
/// Which jobs may share one <c>TextGenerator</c> call, which has one sampling setting and one random generator:
/// greedy jobs with the same n always batch (greedy output does not depend on the batch); unseeded sampling jobs
/// batch by setting; a seeded sampling job runs alone, so its samples are exactly those of an in-process call with
/// that seed whatever else the server is doing.
/// </summary>
internal readonly record struct BatchKey(int N, double Temperature, double TopP, long? Seed, long Alone)
{
    public static BatchKey Of(GenerationJob job, long sequence) => job switch
    {
        { Temperature: 0 } => new(job.N, 0, 1, null, 0),
        { Seed: { } seed } => new(job.N, job.Temperature, job.TopP, seed, sequence),
        _ => new(job.N, job.Temperature, job.TopP, null, 0),
    };
}

using Psr.Core.Diagnostics;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Tests.Runs;

/// <summary>
/// A fake long stage: squares the numbers listed in its input file, ten per batch, recording each batch in its
/// progress log; it can be "killed" by cancelling after a given number of items.
/// </summary>
internal sealed class SquaresStage(string configHash, int cancelAfter = int.MaxValue, CancellationTokenSource? kill = null, int round = 1) : IStage
{
    public const string Input = "numbers.txt";

    public int Computed { get; private set; }

    public int Invocations { get; private set; }

    public StageId Id { get; } = new(round, "squares");

    public string ConfigHash => configHash;

    public IReadOnlyList<string> Inputs => [Input];

    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        Invocations++;
        var numbers = File.ReadAllLines(context.Run.Resolve(Input)).Select(int.Parse).ToList();
        using var progress = context.OpenProgress<Square>();
        var done = progress.Records.Select(r => r.N).ToHashSet();
        foreach (var batch in numbers.Where(n => !done.Contains(n)).Chunk(10))
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Append(batch.Select(Compute).ToList());
            WorkMeter.Judged(batch.Length); // one "call" per item computed, for the profile's work accounting
        }
        var byN = progress.Records.ToDictionary(r => r.N);
        ArtifactJsonl.Write(context.PathOf("squares.jsonl"), numbers.Select(n => byN[n]));
        return Task.FromResult(new StageOutcome([context.Artifact("squares.jsonl")], new Dictionary<string, long> { ["items"] = numbers.Count }));
    }

    private Square Compute(int n)
    {
        if (++Computed >= cancelAfter)
            kill?.Cancel();
        return new Square(n, (long)n * n);
    }
}

internal sealed record Square(int N, long Value);

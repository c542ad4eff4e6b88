namespace Psr.Serve.Tests.Runs;

/// <summary>The in-process reference runs (greedy and seeded sampling), each made once per test class and shared.</summary>
public sealed class ReferenceRuns : IDisposable
{
    private readonly Dictionary<double, Lazy<Task<SortedDictionary<string, string>>>> _runs = [];
    private readonly string _root = Directory.CreateTempSubdirectory("psr-ref-").FullName;
    private readonly Lock _gate = new();

    public ReferenceRuns() => BigramBase.Save(BaseModel);

    /// <summary>The base model every run starts from.</summary>
    public string BaseModel => Path.Combine(_root, "base");

    /// <summary>The run configuration for a search temperature.</summary>
    public Psr.Pipeline.Config.RunConfig Config(double temperature) => LoopRuns.Config(temperature, BaseModel);

    /// <summary>The reference outputs for a search temperature.</summary>
    public Task<SortedDictionary<string, string>> OutputsAsync(double temperature)
    {
        lock (_gate)
        {
            if (!_runs.TryGetValue(temperature, out var run))
                _runs[temperature] = run = new(async () =>
                {
                    var dir = Path.Combine(_root, $"t{temperature}");
                    await LoopRuns.RunAsync(Config(temperature), dir);
                    return LoopRuns.Outputs(dir);
                });
            return run.Value;
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

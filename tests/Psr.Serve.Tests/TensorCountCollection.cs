namespace Psr.Serve.Tests;

/// <summary>
/// Tests that read TorchSharp's process-wide live tensor count: they run alone, since any other test creating
/// tensors at the same time would move the count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TensorCountCollection
{
    public const string Name = "live tensor count";
}

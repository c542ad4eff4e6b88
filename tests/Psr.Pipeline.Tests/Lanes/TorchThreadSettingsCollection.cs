namespace Psr.Pipeline.Tests.Lanes;

/// <summary>
/// Tests that read libtorch's intra-op thread count, a process-wide setting that lanes and small decodes
/// (<c>DecodeThreads</c>) change while they run: they run alone, never beside another test that may be decoding.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchThreadSettingsCollection
{
    public const string Name = "libtorch thread settings";
}

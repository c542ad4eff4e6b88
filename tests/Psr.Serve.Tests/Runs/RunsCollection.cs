namespace Psr.Serve.Tests.Runs;

/// <summary>The whole-loop tests share the reference runs and run one after another (each is CPU-heavy).</summary>
[CollectionDefinition(Name)]
public sealed class RunsCollection : ICollectionFixture<ReferenceRuns>
{
    public const string Name = "whole-loop runs";
}

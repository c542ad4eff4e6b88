namespace Psr.Training.Tests.Fixtures;

/// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts asynchronously).</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

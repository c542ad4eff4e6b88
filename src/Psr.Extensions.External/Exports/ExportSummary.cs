namespace Psr.Extensions.External.Exports;

/// <summary>What an export wrote.</summary>
/// <param name="Files">Paths written (atomically).</param>
/// <param name="Pairs">Preference rows per preference file.</param>
public sealed record ExportSummary(IReadOnlyList<string> Files, int Pairs);

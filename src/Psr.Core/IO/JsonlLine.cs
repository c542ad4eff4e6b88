using System.Text.Json.Nodes;

namespace Psr.Core.IO;

/// <summary>One parsed JSONL line with its 1-based line number (for error messages that name the line).</summary>
public sealed record JsonlLine(int LineNumber, JsonObject Value);

namespace Psr.Protocol.OpenAI;

/// <summary>One served model.</summary>
/// <param name="Id">Name to pass as <c>model</c>.</param>
/// <param name="Object">Always <c>model</c>.</param>
/// <param name="Created">Unix seconds.</param>
/// <param name="OwnedBy">Owner label.</param>
/// <param name="MaxModelLen">vLLM extension: context length in tokens.</param>
public sealed record ModelCard(string Id, string Object, long Created, string OwnedBy, int? MaxModelLen = null);

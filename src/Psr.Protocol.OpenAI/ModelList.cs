namespace Psr.Protocol.OpenAI;

/// <summary>Body of <c>GET /v1/models</c>.</summary>
/// <param name="Object">Always <c>list</c>.</param>
/// <param name="Data">The served models.</param>
public sealed record ModelList(string Object, IReadOnlyList<ModelCard> Data);

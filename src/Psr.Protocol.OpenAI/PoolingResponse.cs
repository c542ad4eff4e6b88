namespace Psr.Protocol.OpenAI;

/// <summary>Body of vLLM's <c>/pooling</c> answer (<c>object = "list"</c>).</summary>
/// <param name="Data">One entry per input.</param>
public sealed record PoolingResponse(IReadOnlyList<PoolingData> Data);

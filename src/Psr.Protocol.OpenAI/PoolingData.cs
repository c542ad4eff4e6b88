using System.Text.Json;

namespace Psr.Protocol.OpenAI;

/// <summary>
/// One pooled input: for a process reward model with step pooling (Qwen2.5-Math-PRM), one <c>[P(-), P(+)]</c> row per
/// step-separator token; kept as raw JSON because vLLM types it <c>list[list[float]] | list[float] | str</c>.
/// </summary>
/// <param name="Index">The input's index.</param>
/// <param name="Data">The pooled values.</param>
public sealed record PoolingData(int Index, JsonElement Data);

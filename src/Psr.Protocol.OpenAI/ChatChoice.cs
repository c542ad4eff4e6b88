using System.Text.Json;

namespace Psr.Protocol.OpenAI;

/// <summary>One choice of a <c>/v1/chat/completions</c> response.</summary>
/// <param name="Index">Position among the choices.</param>
/// <param name="Message">The assistant message.</param>
/// <param name="FinishReason"><c>stop</c> or <c>length</c>.</param>
/// <param name="StopReason">
/// vLLM extension: the stop string that matched (a string), a stop token id (a number), or null for EOS or the length
/// limit. A JSON element because vLLM sends either type.
/// </param>
/// <param name="Logprobs">Present when log-probabilities were requested.</param>
public sealed record ChatChoice(int Index, ChatMessage? Message, string? FinishReason, JsonElement? StopReason = null, ChatLogProbs? Logprobs = null);

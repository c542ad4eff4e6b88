using System.Text.Json;

namespace Psr.Protocol.OpenAI;

/// <summary>One choice of a <c>/v1/completions</c> response.</summary>
/// <param name="Index">Position among the choices (prompt-major when several prompts were sent).</param>
/// <param name="Text">Generated text (stop string excluded).</param>
/// <param name="FinishReason"><c>stop</c> (EOS or a stop string) or <c>length</c> (token limit).</param>
/// <param name="StopReason">
/// vLLM extension: the stop string that matched (a string), a stop token id (a number), or null for EOS or the length
/// limit. A JSON element because vLLM sends either type.
/// </param>
/// <param name="Logprobs">Present when log-probabilities were requested.</param>
public sealed record CompletionChoice(int Index, string? Text, string? FinishReason, JsonElement? StopReason = null, CompletionLogProbs? Logprobs = null);

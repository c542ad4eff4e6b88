namespace Psr.Backends.OpenAI.Client;

/// <summary>
/// Sampling parameters of one request. Every field is always sent: vLLM otherwise applies the model's
/// <c>generation_config.json</c> defaults, silently changing temperature and top-p.
/// </summary>
/// <param name="N">Choices for the prompt (all share one prefill / prefix-cache entry).</param>
/// <param name="MaxTokens">Token cap per choice.</param>
/// <param name="Temperature">0 = greedy.</param>
/// <param name="TopP">Nucleus threshold (1 = off).</param>
/// <param name="Seed">Request seed (a psr <c>ulong</c> seed is sent as the same 64 bits, signed).</param>
/// <param name="Stop">Stop strings (empty = none).</param>
/// <param name="TopLogprobs">Alternatives per generated token to return; null = no log-probabilities.</param>
public sealed record RemoteSampling(
    int N, int MaxTokens, double Temperature, double TopP, long Seed, IReadOnlyList<string> Stop, int? TopLogprobs = null);

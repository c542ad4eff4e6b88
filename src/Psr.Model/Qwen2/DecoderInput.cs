using Psr.Model.Generation;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>
/// One forward pass's inputs. Dimension legend used in shape comments: B batch, T new tokens, S = past + T keys,
/// D hidden, H query heads, KV key/value heads, hd head dim, V vocab.
/// </summary>
/// <param name="InputIds">Token ids (B, T), int64.</param>
/// <param name="PositionIds">Rotary positions (B, T), int64; null means past + 0..T-1 for every row.</param>
/// <param name="AttentionMask">
/// Which keys each query may attend to, (B, 1, T, S) bool (true = attend), from <see cref="AttentionMasks"/>; null
/// means plain causal attention over every key (no padding).
/// </param>
/// <param name="Cache">Key/value cache to read the past from and append this pass to; null for none.</param>
public sealed record DecoderInput(Tensor InputIds, Tensor? PositionIds = null, Tensor? AttentionMask = null, KvCache? Cache = null);

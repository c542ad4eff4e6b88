using Psr.Model.Generation;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>What every decoder layer of one forward pass shares: rotary tables, the mask and the cache.</summary>
/// <param name="Cos">Rotary cosines (B, 1, T, hd), or (1, 1, T, hd) when every row shares its positions.</param>
/// <param name="Sin">Rotary sines, shaped as <paramref name="Cos"/>.</param>
/// <param name="Mask">(B, 1, T, S) bool, or null for plain causal attention with no past.</param>
/// <param name="Cache">KV cache, or null.</param>
public sealed record LayerContext(Tensor Cos, Tensor Sin, Tensor? Mask, KvCache? Cache);

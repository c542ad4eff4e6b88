using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>The decoder stack (Hugging Face's <c>model.</c> prefix): embeddings, layers, final norm.</summary>
public sealed class Qwen2Model : nn.Module<DecoderInput, Tensor>
{
    private readonly Embedding embed_tokens;
    private readonly ModuleList<Qwen2DecoderLayer> layers;
    private readonly RmsNorm norm;
    private readonly RotaryEmbedding rotary_emb;

    public Qwen2Model(Qwen2Config config, Device device, ScalarType dtype, MatmulPrecision matmul) : base(nameof(Qwen2Model))
    {
        embed_tokens = nn.Embedding(config.VocabSize, config.HiddenSize, device: device, dtype: dtype);
        layers = nn.ModuleList(Enumerable.Range(0, config.NumHiddenLayers)
            .Select(i => new Qwen2DecoderLayer(config, i, device, dtype, matmul)).ToArray());
        norm = new RmsNorm(config.HiddenSize, config.RmsNormEps, device, dtype);
        rotary_emb = new RotaryEmbedding(config.HeadDim, config.MaxPositionEmbeddings, config.RopeTheta, device, dtype);
        RegisterComponents();
    }

    /// <summary>The token embedding matrix (V, D), shared with the LM head when tied.</summary>
    public Tensor EmbeddingWeight => embed_tokens.weight!;

    /// <summary>Input ids (B, T) → final normalised hidden states (B, T, D); appends to the cache if given.</summary>
    public override Tensor forward(DecoderInput input)
    {
        using var scope = NewDisposeScope();
        var ids = input.InputIds; // (B, T)
        var b = ids.shape[0];
        var t = ids.shape[1];
        var past = input.Cache?.Length ?? 0;
        var mask = input.AttentionMask;
        if (mask is null && past > 0 && t > 1)
            mask = AttentionMasks.Causal(ones(b, past + t, dtype: ScalarType.Bool, device: ids.device), t);
        // Shared positions past..past+T-1 are a slice of the tables (views, no gather): (1, 1, T, hd) each.
        var (cos, sin) = input.PositionIds is { } positions ? rotary_emb.forward(positions) : rotary_emb.Range(past, t);
        var context = new LayerContext(cos, sin, mask, input.Cache);
        var h = embed_tokens.forward(ids); // (B, T, D)
        foreach (var layer in layers)
            h = layer.forward(h, context);
        input.Cache?.Advance(t);
        return norm.forward(h).MoveToOuterDisposeScope();
    }
}

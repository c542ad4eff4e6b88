using System.Text.Json.Serialization;

namespace Psr.Model.Qwen2;

/// <summary>The MLP's activation (Hugging Face <c>hidden_act</c>); the Qwen2 family uses SiLU (SwiGLU).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HiddenActivation>))]
public enum HiddenActivation
{
    /// <summary>SiLU gate, i.e. a SwiGLU MLP.</summary>
    [JsonStringEnumMemberName("silu")] Silu,
}

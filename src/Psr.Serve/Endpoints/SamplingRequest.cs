namespace Psr.Serve.Endpoints;

/// <summary>The sampling fields common to both routes, before validation.</summary>
internal sealed record SamplingRequest(
    string Model, int? N, int? MaxTokens, double? Temperature, double? TopP, long? Seed, IReadOnlyList<string>? Stop,
    int? TopLogprobs, bool? Stream);

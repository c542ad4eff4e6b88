using Psr.Core.Errors;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>How the HTTP judge samples its answer. Validated once by <see cref="Validate"/>.</summary>
public sealed record JudgeSampling
{
    /// <summary>Token cap of one answer (explanation + verdict). Default 1024.</summary>
    public int MaxTokens { get; init; } = 1024;

    /// <summary>Temperature; 0 = greedy. Default 0.</summary>
    public double Temperature { get; init; }

    /// <summary>Nucleus threshold. Default 1 (off).</summary>
    public double TopP { get; init; } = 1;

    /// <summary>
    /// Decide the verdict from the verdict token's probabilities when the server returns them (falls back to the
    /// text verdict where it cannot). Default false.
    /// </summary>
    public bool UseVerdictLogProbs { get; init; }

    /// <summary>Alternatives per token to request when <see cref="UseVerdictLogProbs"/> is set. Default 5.</summary>
    public int TopLogprobs { get; init; } = 5;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public JudgeSampling Validate()
    {
        var problems = new List<string>();
        if (MaxTokens < 1)
            problems.Add($"MaxTokens ({MaxTokens}) must be >= 1");
        if (!(Temperature >= 0) || double.IsInfinity(Temperature))
            problems.Add($"Temperature ({Temperature}) must be finite and >= 0");
        if (!(TopP > 0 && TopP <= 1))
            problems.Add($"TopP ({TopP}) must be in (0, 1]");
        if (TopLogprobs is < 1 or > 20)
            problems.Add($"TopLogprobs ({TopLogprobs}) must be in 1..20");
        ConfigException.ThrowIfAny(problems);
        return this;
    }
}

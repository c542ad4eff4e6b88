using Psr.Core.Errors;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>How <see cref="ServedEvaluator"/> runs the paper's protocol (zero-shot, greedy). Validated once.</summary>
public sealed record ServedEvalOptions
{
    /// <summary>Folder for <c>outputs.jsonl</c>, <c>eval-run.json</c> and the reports; a rerun resumes it. Required.</summary>
    public string OutDirectory { get; init; } = "";

    /// <summary>Prompt template. Default <see cref="EvalTemplate.Paper"/> (Figure 4).</summary>
    public EvalTemplate Template { get; init; } = EvalTemplate.Paper;

    /// <summary>Token cap per output, always sent. Default 2048 (long Figure 4 solutions; see the truncation rate).</summary>
    public int MaxTokens { get; init; } = 2048;

    /// <summary>Stop strings, always sent. Default none (EOS and the cap end an output).</summary>
    public IReadOnlyList<string> Stop { get; init; } = [];

    /// <summary>Evaluate only the first this many items; null = all. Default null.</summary>
    public int? Limit { get; init; }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem with its value.</summary>
    public ServedEvalOptions Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(OutDirectory))
            problems.Add("OutDirectory (--out) is required: outputs are written there and a rerun resumes them");
        if (!Enum.IsDefined(Template))
            problems.Add($"Template ({Template}) is not a known value");
        if (MaxTokens < 1)
            problems.Add($"MaxTokens ({MaxTokens}) must be >= 1");
        if (Stop.Any(string.IsNullOrEmpty))
            problems.Add("Stop must not contain empty strings");
        if (Limit is < 1)
            problems.Add($"Limit ({Limit}) must be >= 1");
        ConfigException.ThrowIfAny(problems);
        return this;
    }

    /// <summary>The outputs file inside <see cref="OutDirectory"/>.</summary>
    public string OutputsPath => Path.Combine(OutDirectory, "outputs.jsonl");
}

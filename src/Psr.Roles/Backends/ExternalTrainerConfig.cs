using Psr.Core.Errors;
using Psr.Roles.Prompts;

namespace Psr.Roles.Backends;

/// <summary>
/// An external trainer for each round in place of psr's step-DPO: psr exports the round's pairs, runs
/// <see cref="Command"/>, checks the Hugging Face checkpoint folder it wrote, and evaluates that model.
/// </summary>
public sealed record ExternalTrainerConfig
{
    /// <summary>
    /// Shell command line (run by <c>/bin/sh -c</c>; <c>cmd /c</c> on Windows) with placeholders, each replaced by a
    /// quoted absolute path or value: <c>{data}</c> the exported files' folder, <c>{base}</c> the previous model's
    /// folder, <c>{output}</c> the folder to write the new checkpoint into, <c>{config}</c> the run's config.json,
    /// <c>{seed}</c> the round's training seed, <c>{round}</c> the round's model name. Null = psr's own step-DPO.
    /// Default null.
    /// </summary>
    public string? Command { get; init; }

    /// <summary>
    /// Shell command that trains M1 (SFT on IFT + EFT) from the base model in place of psr's in-process Init, with the
    /// same placeholders: <c>{data}</c> holds <c>sft.jsonl</c> (<see cref="Format"/> <c>Trl</c> or
    /// <c>TrlConversational</c>), <c>{base}</c> is <c>model.checkpoint</c>, <c>{round}</c> is M1; <c>{mode}</c> is
    /// <c>sft</c> here and <c>dpo</c> in <see cref="Command"/>, so one script may serve both. Null = psr's own SFT.
    /// Default null.
    /// </summary>
    public string? SftCommand { get; init; }

    /// <summary>Layout of the exported files. Default <see cref="ExportFormat.Trl"/> (<c>preference.jsonl</c>, <c>sft.jsonl</c>).</summary>
    public ExportFormat Format { get; init; } = ExportFormat.Trl;

    /// <summary>How question and previous steps are written as the prompt. Default <see cref="PromptStyle.Lines"/> (the built-in world's).</summary>
    public PromptStyle PromptStyle { get; init; } = PromptStyle.Lines;

    /// <summary>Longest the command may run, in minutes; 0 = no limit. Default 0.</summary>
    public double TimeoutMinutes { get; init; }

    /// <summary>Whether a command replaces psr's own SFT of M1.</summary>
    public bool SftIsEnabled() => SftCommand is not null;

    /// <summary>Whether a command replaces psr's own step-DPO.</summary>
    public bool IsEnabled() => Command is not null;

    /// <summary>The export formats with TRL SFT files (what <c>sftCommand</c> reads).</summary>
    public static bool SupportsSft(ExportFormat format) => format is ExportFormat.Trl or ExportFormat.TrlConversational;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path)
    {
        var p = new ConfigProblems(path);
        p.Check(Command is null || !string.IsNullOrWhiteSpace(Command), nameof(Command), Command, "must not be blank (null = psr's own step-DPO)")
            .Check(Command is null || Command.Contains("{output}", StringComparison.Ordinal), nameof(Command), Command,
                "must contain {output} (where the trainer writes the new checkpoint)")
            .Check(SftCommand is null || !string.IsNullOrWhiteSpace(SftCommand), nameof(SftCommand), SftCommand, "must not be blank (null = psr's own SFT)")
            .Check(SftCommand is null || SftCommand.Contains("{output}", StringComparison.Ordinal), nameof(SftCommand), SftCommand,
                "must contain {output} (where the trainer writes M1)")
            .Check(SftCommand is null || SupportsSft(Format), nameof(Format), Format, "sftCommand needs Trl or TrlConversational (TRL SFT files)")
            .Check(Enum.IsDefined(Format), nameof(Format), Format, "unknown value")
            .Check(Enum.IsDefined(PromptStyle), nameof(PromptStyle), PromptStyle, "unknown value")
            .Check(TimeoutMinutes >= 0 && double.IsFinite(TimeoutMinutes), nameof(TimeoutMinutes), TimeoutMinutes, "must be >= 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate(string path) => ConfigException.ThrowIfAny(Problems(path));
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>Options shared by <c>psr world pretrain</c> and <c>psr world sft</c>.</summary>
public sealed class WorldTrainSettings : CommandSettings
{
    [CommandOption("--preset <NAME>")]
    [Description("World preset (default: default).")]
    [DefaultValue("default")]
    public string Preset { get; init; } = "default";

    [CommandOption("--out <DIR>")]
    [Description("Output model folder (resumes from DIR/checkpoints when present).")]
    public string? Out { get; init; }

    [CommandOption("--base <DIR>")]
    [Description("sft only: model folder to start from (e.g. M0); default from scratch.")]
    public string? Base { get; init; }

    [CommandOption("--weak <DIR>")]
    [Description("sft only: model sampled at gold prefixes for wrong EFT steps; default corruption rules only.")]
    public string? Weak { get; init; }

    [CommandOption("--size <SIZE>")]
    [Description("From-scratch size: Tiny (d=128) or Small (d=256) (default: Tiny).")]
    [DefaultValue("Tiny")]
    public string Size { get; init; } = "Tiny";

    [CommandOption("--steps <N>")]
    [Description("Optimizer steps (default: 800).")]
    [DefaultValue(800)]
    public int Steps { get; init; } = 800;

    [CommandOption("--batch <N>")]
    [Description("Sequences per step (default: 64).")]
    [DefaultValue(64)]
    public int Batch { get; init; } = 64;

    [CommandOption("--lr <LR>")]
    [Description("Peak learning rate (default: 0.002).")]
    [DefaultValue(2e-3)]
    public double LearningRate { get; init; } = 2e-3;

    [CommandOption("--warmup <N>")]
    [Description("Warm-up steps (default: 100).")]
    [DefaultValue(100)]
    public int Warmup { get; init; } = 100;

    [CommandOption("--ift <N>")]
    [Description("Training problems, one IFT example each (default: 40000).")]
    [DefaultValue(40_000)]
    public int Ift { get; init; } = 40_000;

    [CommandOption("--eft <N>")]
    [Description("sft only: EFT examples (default: 40000).")]
    [DefaultValue(40_000)]
    public int Eft { get; init; } = 40_000;

    [CommandOption("--seed <S>")]
    [Description("Seed of data, initialisation and order (default: 1).")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--snapshot-every <N>")]
    [Description("Write a loadable snapshot every N steps, 0 for none (default: 200).")]
    [DefaultValue(200)]
    public int SnapshotEvery { get; init; } = 200;

    [CommandOption("--precision <P>")]
    [Description("Arithmetic of training: Float32, BFloat16Autocast (bfloat16 products), BFloat16, or Auto (bfloat16 products where the CPU multiplies bfloat16 natively) (default: Float32).")]
    [DefaultValue("Float32")]
    public string Precision { get; init; } = "Float32";
}

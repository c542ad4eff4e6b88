using System.ComponentModel;
using Psr.Core.IO;
using Psr.Model.Tokenization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr tokenize</c>: adds token ids to JSONL lines with a <c>text</c> field (a debugging aid for prompts).</summary>
public sealed class TokenizeCommand : Command<TokenizeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--tokenizer <PATH>")]
        [Description("psr_tokenizer.json, a Hugging Face tokenizer.json, or a model folder holding one.")]
        public string Tokenizer { get; init; } = "";

        [CommandArgument(0, "[FILE]")]
        [Description("JSONL file whose lines have a \"text\" field; - or nothing reads standard input.")]
        public string File { get; init; } = "-";

        public override ValidationResult Validate() =>
            string.IsNullOrEmpty(Tokenizer) ? ValidationResult.Error("--tokenizer is required") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var annotator = new JsonlTokenAnnotator(TokenizerLoader.Load(settings.Tokenizer));
        using var reader = Jsonl.OpenReader(settings.File);
        annotator.Run(reader, Jsonl.IsStdin(settings.File) ? "stdin" : settings.File, Console.Out);
        return 0;
    }
}

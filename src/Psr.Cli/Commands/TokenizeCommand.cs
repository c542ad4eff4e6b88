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

        // Spectre.Console.Cli 0.57 rejects a lone "-" argument ("Option does not have a name"), so standard input
        // is read when FILE is left out; "-" still means standard input where a caller passes it programmatically.
        [CommandArgument(0, "[FILE]")]
        [Description("JSONL file whose lines have a \"text\" field; leave it out to read standard input.")]
        public string File { get; init; } = "-";

        public override ValidationResult Validate() =>
            string.IsNullOrEmpty(Tokenizer) ? ValidationResult.Error("--tokenizer is required") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var annotator = new JsonlTokenAnnotator(TokenizerLoader.Load(settings.Tokenizer));
        if (settings.File == "-")
        {
            annotator.Run(Console.In, "stdin", Console.Out);
            return 0;
        }
        using var reader = Jsonl.OpenReader(settings.File);
        annotator.Run(reader, settings.File, Console.Out);
        return 0;
    }
}

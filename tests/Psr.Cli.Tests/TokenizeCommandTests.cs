namespace Psr.Cli.Tests;

public sealed class TokenizeCommandTests
{
    [Fact]
    public void Tokenize_without_a_tokenizer_option_is_a_user_error()
    {
        // Given no --tokenizer, When running the verb, Then it exits with the user-error code
        Assert.Equal(PsrApp.UserError, PsrApp.Run(["tokenize", "in.jsonl"]));
    }

    [Fact]
    public void Tokenize_with_a_missing_tokenizer_file_is_a_user_error()
    {
        // Given a tokenizer path that does not exist, When running the verb, Then it exits with the user-error code
        var missing = Path.Combine(Path.GetTempPath(), "psr-no-such-tokenizer", "tokenizer.json");
        Assert.Equal(PsrApp.UserError, PsrApp.Run(["tokenize", "--tokenizer", missing, "in.jsonl"]));
    }

    [Fact]
    public void Tokenize_writes_each_line_with_its_ids_to_standard_output()
    {
        // Given a char tokenizer over digits and a JSONL file
        var folder = Directory.CreateTempSubdirectory("psr-cli-tok-").FullName;
        var previous = Console.Out;
        try
        {
            var tokenizer = Psr.Model.Tokenization.CharTokenizer.Create(new() { Alphabet = "0123456789" });
            var path = tokenizer.Save(folder);
            var input = Path.Combine(folder, "in.jsonl");
            File.WriteAllText(input, "{\"text\":\"907\",\"n\":1}\n");
            var output = new StringWriter();
            Console.SetOut(output);
            // When running the verb
            var code = PsrApp.Run(["tokenize", "--tokenizer", path, input]);
            // Then it succeeds and prints the line with ids (digit d has id d + 2)
            Assert.Equal(0, code);
            Assert.Contains("{\"text\":\"907\",\"n\":1,\"ids\":[11,2,9]}\n", output.ToString());
        }
        finally
        {
            Console.SetOut(previous);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Tokenize_with_a_missing_input_file_is_a_user_error()
    {
        // Given a valid char tokenizer and an input file that does not exist
        var folder = Directory.CreateTempSubdirectory("psr-cli-tok-").FullName;
        try
        {
            var tokenizer = Psr.Model.Tokenization.CharTokenizer.Create(new() { Alphabet = "0123456789" });
            var path = tokenizer.Save(folder);
            // When running the verb, Then it exits with the user-error code
            Assert.Equal(PsrApp.UserError, PsrApp.Run(["tokenize", "--tokenizer", path, Path.Combine(folder, "none.jsonl")]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

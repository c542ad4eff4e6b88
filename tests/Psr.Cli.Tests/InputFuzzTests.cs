using System.Diagnostics;
using System.Text;
using CsCheck;
using Psr.Core.Errors;
using Psr.Pipeline.Config;

namespace Psr.Cli.Tests;

/// <summary>
/// Fuzz of psr's file and configuration inputs: JSONL for grade, eval and tokenize, run configurations and
/// <c>--set</c>. Every case ends in success or a one-line user error (exit 2); an unhandled exception (exit 1) or a
/// case slower than 5 s fails the test.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class InputFuzzTests
{
    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.String[0, 12].Select(s => JsonString(s)), Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "1e999"),
        Gen.Const("null"), Gen.Const("true"), Gen.Const("\"\\ud800\""), Gen.Const("\"\\udc00x\""), Gen.Const("[]"), Gen.Const("{}"),
        Gen.Const("\"\\\\boxed{7}\""), Gen.Const("\"204\""), Gen.Const("60"));

    private static readonly Gen<string> Key = Gen.OneOf(Gen.Const("reference"), Gen.Const("prediction"), Gen.Const("output"), Gen.Const("text"),
        Gen.Const("id"), Gen.Const("answer"), Gen.String[0, 6].Select(s => s.Replace("\"", "").Replace("\\", "")), Gen.Const("\\ud800"));

    /// <summary>A JSONL line: a JSON object of known and random fields, or damaged bytes.</summary>
    private static readonly Gen<byte[]> Line = Gen.OneOf(
        Gen.Select(Key, Scalar).Array[0, 5].Select(fields => Encoding.UTF8.GetBytes("{" + string.Join(',', fields.Select(f => $"\"{f.Item1}\":{f.Item2}")) + "}")),
        Gen.Byte.Array[0, 24],
        Gen.Select(Key, Scalar, Gen.Byte[0x80, 0xFF]).Select((k, v, b) => (byte[])[.. Encoding.UTF8.GetBytes($"{{\"{k}\":\""), b, .. "\"}"u8]),
        Gen.Const("{\"a\":1,\"a\":2}"u8.ToArray()), Gen.Const(Encoding.UTF8.GetBytes(new string('[', 200))), Gen.Const(Array.Empty<byte>()));

    private static readonly Gen<byte[]> JsonlFile = Line.Array[0, 6].Select(lines => lines.SelectMany(l => (byte[])[.. l, (byte)'\n']).ToArray());

    [Fact]
    public void Grade_eval_and_tokenize_end_in_success_or_one_line_on_150_random_files_each()
    {
        var folder = Directory.CreateTempSubdirectory("psr-fuzz-").FullName;
        var tokenizer = Psr.Model.Tokenization.CharTokenizer.Create(new() { Alphabet = "0123456789abc" }).Save(folder);
        var input = Path.Combine(folder, "in.jsonl");
        try
        {
            string[][] verbs =
            [
                ["grade", input], ["grade", input, "--skip-invalid"], ["tokenize", "--tokenizer", tokenizer, input],
                ["eval", "--benchmark", "aime24", "--predictions", input, "--format", "json"],
            ];
            JsonlFile.Sample(bytes =>
            {
                System.IO.File.WriteAllBytes(input, bytes);
                foreach (var args in verbs)
                    RequireOneLineOrSuccess(args);
            }, iter: 150, threads: 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_configurations_and_set_overrides_load_or_fail_with_one_configuration_line_on_1000_cases()
    {
        var folder = Directory.CreateTempSubdirectory("psr-fuzz-config-").FullName;
        var path = Path.Combine(folder, "config.json");
        string[] keys = ["preset", "model.size", "model.threads", "sft.steps", "sft.batchSize", "search.width", "rounds", "rounds[0].questions",
            "judge.maxNewTokens", "evaluation.testProblems", "experiment.seeds", "data.iftProblems", "nope", "", "a..b", "rounds[99]"];
        var set = Gen.Select(Gen.Int[0, keys.Length - 1], Scalar, Gen.Bool).Select((k, v, eq) => eq ? $"{keys[k]}={v.Trim('"')}" : keys[k] + v);
        var config = Gen.OneOf(
            Gen.Select(Gen.Int[0, keys.Length - 1], Scalar).Array[0, 4].Select(fields => "{\"preset\":\"smoke\"," + string.Join(',', fields.Select(f => $"\"{keys[f.Item1]}\":{f.Item2}")) + "}"),
            Gen.String[0, 30], Gen.Const("{\"preset\":\"smoke\",\"sft\":{\"steps\":-1}}"), Gen.Const("{\"preset\":\"\\ud800\"}"));
        try
        {
            Gen.Select(config, set.Array[0, 3]).Sample((text, overrides) =>
            {
                System.IO.File.WriteAllText(path, text);
                try
                {
                    RunConfigLoader.Load(null, path, overrides);
                }
                catch (PsrException e)
                {
                    Assert.DoesNotContain('\n', e.Message);
                }
            }, iter: 1_000, threads: 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void RequireOneLineOrSuccess(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var (code, _, stderr) = CapturedConsole.Run(args);
        Assert.True(code is 0 or PsrApp.UserError, $"{string.Join(' ', args)}: exit {code}: {stderr}");
        if (code != 0)
            Assert.Single(stderr.TrimEnd().Split('\n'), l => l.StartsWith("psr: ", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{string.Join(' ', args)} took {clock.Elapsed}");
    }

    private static string JsonString(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}

using System.Diagnostics;
using System.Globalization;
using Psr.Backends.OpenAI.Client;
using Psr.Model.Checkpoints;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Serve.Hosting;
using TorchSharp;

namespace Psr.Bench.Serve;

/// <summary>
/// Load on <c>psr serve</c> (its <see cref="PsrServer"/>, in this process, on 127.0.0.1) with a tiny random model:
/// a warm-up, then <c>--clients</c> concurrent clients for <c>--seconds</c>, then one client alone as the peer of the
/// same run (what cross-client batching buys). Prints failed requests, throughput, p50/p99 latency, and memory before
/// warm-up, after warm-up and at the end (growth = end − after warm-up, managed heap after a full GC and the
/// process's resident set).
/// </summary>
internal static class ServeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Option(args, "--clients", 64);
        var seconds = Option(args, "--seconds", 60);
        var warmup = Option(args, "--warmup", 10);
        var single = Option(args, "--single", 10);
        var folder = Directory.CreateTempSubdirectory("psr-bench-serve-").FullName;
        try
        {
            SaveTinyModel(folder);
            await using var server = await PsrServer.StartAsync(ServedModel.Load(folder, "tiny"), new ServeOptions { Port = 0, MaxN = 8, MaxTokens = 64 });
            var endpoint = new OpenAiEndpoint
            {
                BaseUrl = new Uri(server.BaseAddress, "v1").ToString(), Model = "tiny", MaxRetries = 0, ApiKeyVariable = "PSR_BENCH_NO_KEY",
                RequestTimeout = TimeSpan.FromSeconds(120),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"psr serve load: tiny random Qwen2 (hidden 32, 2 layers, char vocab), {Environment.ProcessorCount} cores, torch threads {torch.get_num_threads()}"));
            var before = Memory.Now();
            var warm = await LoadPhase.RunAsync(endpoint, clients, TimeSpan.FromSeconds(warmup));
            var afterWarmup = Memory.Now();
            var batchesBefore = server.Batches;
            var queuedBefore = server.Queued;
            var load = await LoadPhase.RunAsync(endpoint, clients, TimeSpan.FromSeconds(seconds));
            var end = Memory.Now();
            var batches = server.Batches - batchesBefore;
            var jobs = server.Queued - queuedBefore;
            var alone = await LoadPhase.RunAsync(endpoint, 1, TimeSpan.FromSeconds(single));
            Print($"warm-up: {warmup} s, {clients} clients, {warm.Succeeded} requests, {warm.Failed} failed");
            Print($"load:    {seconds} s, {clients} clients: {load.Succeeded} requests ok, {load.Failed} failed{(load.FirstError is { } e ? $" (first: {e})" : "")}");
            Print($"         throughput {load.Succeeded / load.Seconds:F1} req/s, {load.Choices / load.Seconds:F1} choices/s; latency p50 {load.Percentile(0.5):F0} ms, p99 {load.Percentile(0.99):F0} ms");
            Print($"         {batches} generation batches, {(double)jobs / Math.Max(1, batches):F1} requests per batch");
            Print($"peer:    1 client alone, {single} s: {alone.Succeeded / alone.Seconds:F1} req/s, p50 {alone.Percentile(0.5):F0} ms, {alone.Failed} failed");
            Print($"ratio:   {clients}-client throughput / 1-client throughput = {load.Succeeded / load.Seconds / (alone.Succeeded / alone.Seconds):F2}x");
            Print($"memory (managed after full GC / resident): before warm-up {before}, after warm-up {afterWarmup}, end {end}");
            Print($"growth after warm-up: managed {(end.Managed - afterWarmup.Managed) / 1048576.0:+0.0;-0.0} MiB, resident {(end.Resident - afterWarmup.Resident) / 1048576.0:+0.0;-0.0} MiB");
            return load.Failed == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    private static void SaveTinyModel(string folder)
    {
        var tokenizer = CharTokenizer.Create(new CharTokenizerSpec { Alphabet = "\n abcdefghijklmnopqrstuvwxyz0123456789+-=.:?" });
        tokenizer.Save(folder);
        var config = new Qwen2Config
        {
            HiddenSize = 32, IntermediateSize = 64, NumHiddenLayers = 2, NumAttentionHeads = 4, NumKeyValueHeads = 2,
            VocabSize = tokenizer.VocabSize, MaxPositionEmbeddings = 256, TieWordEmbeddings = true, RopeTheta = 10000,
        };
        using var model = Qwen2ForCausalLM.Create(config, torch.CPU, ModelDtype.Float32, seed: 3);
        Qwen2Checkpoint.Save(model, folder);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Managed heap after a full collection, and the process's resident set.</summary>
    private readonly record struct Memory(long Managed, long Resident)
    {
        public static Memory Now()
        {
            var managed = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            return new Memory(managed, process.WorkingSet64);
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Managed / 1048576.0:F1}/{Resident / 1048576.0:F0} MiB");
    }
}

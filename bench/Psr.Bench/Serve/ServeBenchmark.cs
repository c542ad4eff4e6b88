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
/// same run (what cross-client batching buys). Prints failed requests, throughput, p50/p99 latency, and a memory
/// series sampled every <c>--sample</c> seconds (resident set, glibc heap in use / freed but held, GC, threads, live
/// tensors) with a pass/fail line: the RSS trend over the second half of the load phase and the live tensor count.
/// </summary>
internal static class ServeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Option(args, "--clients", 64);
        var seconds = Option(args, "--seconds", 60);
        var warmup = Option(args, "--warmup", 60); // RSS reaches its plateau 40-60 s into the load (docs/scale-out.md)
        var single = Option(args, "--single", 10);
        var every = Option(args, "--sample", 5);
        var maxSlope = Option(args, "--max-growth-mib-per-min", 1);
        var folder = Directory.CreateTempSubdirectory("psr-bench-serve-").FullName;
        try
        {
            SaveTinyModel(folder);
            await using var sampler = new MemorySampler(TimeSpan.FromSeconds(every));
            await using var server = await PsrServer.StartAsync(ServedModel.Load(folder, "tiny"), new ServeOptions { Port = 0, MaxN = 8, MaxTokens = 64 });
            var endpoint = new OpenAiEndpoint
            {
                BaseUrl = new Uri(server.BaseAddress, "v1").ToString(), Model = "tiny", MaxRetries = 0, ApiKeyVariable = "PSR_BENCH_NO_KEY",
                RequestTimeout = TimeSpan.FromSeconds(120),
            };
            Print($"psr serve load: tiny random Qwen2 (hidden 32, 2 layers, char vocab), {Environment.ProcessorCount} cores, torch threads {torch.get_num_threads()}, MALLOC_ARENA_MAX={Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") ?? "unset"}, load average {LoadAverage()}");
            var before = sampler.Mark("warm-up");
            var warm = await LoadPhase.RunAsync(endpoint, clients, TimeSpan.FromSeconds(warmup));
            var afterWarmup = sampler.Mark("load");
            var batchesBefore = server.Batches;
            var queuedBefore = server.Queued;
            var load = await LoadPhase.RunAsync(endpoint, clients, TimeSpan.FromSeconds(seconds));
            var end = sampler.Mark("single");
            var batches = server.Batches - batchesBefore;
            var jobs = server.Queued - queuedBefore;
            var alone = await LoadPhase.RunAsync(endpoint, 1, TimeSpan.FromSeconds(single));
            sampler.Mark("done");
            Print($"warm-up: {warmup} s, {clients} clients, {warm.Succeeded} requests, {warm.Failed} failed");
            Print($"load:    {seconds} s, {clients} clients: {load.Succeeded} requests ok, {load.Failed} failed{(load.FirstError is { } e ? $" (first: {e})" : "")}");
            Print($"         throughput {load.Succeeded / load.Seconds:F1} req/s, {load.Choices / load.Seconds:F1} choices/s; latency p50 {load.Percentile(0.5):F0} ms, p99 {load.Percentile(0.99):F0} ms");
            Print($"         {batches} generation batches, {(double)jobs / Math.Max(1, batches):F1} requests per batch");
            Print($"peer:    1 client alone, {single} s: {alone.Succeeded / alone.Seconds:F1} req/s, p50 {alone.Percentile(0.5):F0} ms, {alone.Failed} failed");
            Print($"ratio:   {clients}-client throughput / 1-client throughput = {load.Succeeded / load.Seconds / (alone.Succeeded / alone.Seconds):F2}x");
            Print($"load average at the end: {LoadAverage()}");
            return ReportMemory(sampler.Samples, before, afterWarmup, end, maxSlope, load.Succeeded / load.Seconds) && load.Failed == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Prints the series and the verdict; true when RSS stopped growing and no tensor outlived the load.</summary>
    private static bool ReportMemory(IReadOnlyList<MemorySample> samples, MemorySample before, MemorySample afterWarmup, MemorySample end, double maxSlope, double requestsPerSecond)
    {
        Console.WriteLine("memory series (every sample; malloc = glibc's mallinfo2 over all arenas):");
        Console.WriteLine(MemorySample.Header);
        foreach (var s in samples)
            Console.WriteLine(s);
        var trend = GrowthTrend.SecondHalf(samples.Where(s => s.Seconds >= afterWarmup.Seconds && s.Seconds <= end.Seconds).ToList());
        Print($"RSS: start {MemorySample.Mi(before.Resident):F1} MiB, after warm-up {MemorySample.Mi(afterWarmup.Resident):F1} MiB, end of load {MemorySample.Mi(end.Resident):F1} MiB (growth after warm-up {MemorySample.Mi(end.Resident - afterWarmup.Resident):+0.0;-0.0} MiB; malloc used {MemorySample.Mi(end.Native.InUse - afterWarmup.Native.InUse):+0.0;-0.0}, malloc free-held {MemorySample.Mi(end.Native.FreeHeld - afterWarmup.Native.FreeHeld):+0.0;-0.0}, GC committed {MemorySample.Mi(end.GcCommitted - afterWarmup.GcCommitted):+0.0;-0.0})");
        var trimmed = NativeHeap.Trim();
        var afterTrim = MemorySample.Take(end.Seconds, "trimmed");
        Print($"malloc_trim(0) at the end: {(trimmed ? "released memory" : "released nothing")}, RSS {MemorySample.Mi(afterTrim.Resident):F1} MiB, malloc free-held {MemorySample.Mi(afterTrim.Native.FreeHeld):F1} MiB");
        var tensorsOk = end.LiveTensors <= afterWarmup.LiveTensors;
        var rssOk = trend.SlopeMiBPerMinute <= maxSlope;
        Print($"growth: RSS trend over the load's second half ({trend.Samples} samples, {trend.FromSeconds:F0}-{trend.ToSeconds:F0} s) {trend.SlopeMiBPerMinute:+0.00;-0.00} MiB/min (limit {maxSlope} MiB/min = {maxSlope * 1048576 / (requestsPerSecond * 60):F0} bytes per request at this throughput); live tensors after warm-up {afterWarmup.LiveTensors}, at the end {end.LiveTensors} → {(rssOk && tensorsOk ? "PASS" : "FAIL")}");
        return rssOk && tensorsOk;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

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
}

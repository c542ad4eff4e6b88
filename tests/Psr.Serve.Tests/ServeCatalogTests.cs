using System.Net;
using System.Text.Json.Nodes;
using Psr.Serve.Hosting;
using TorchSharp;

namespace Psr.Serve.Tests;

/// <summary>Model names from clients: swaps under concurrency, and names that must never reach outside the root.</summary>
[Collection(TensorCountCollection.Name)]
public sealed class ServeCatalogTests
{
    [Fact]
    public async Task A_thousand_alternating_model_names_from_two_clients_all_succeed_and_leave_the_thread_count_alone()
    {
        // Given a fixed model and two checkpoints under the root (one resident at a time)
        using var checkpoint = new TinyCheckpoint();
        using var root = new TempFolder();
        Copy(checkpoint.Folder, Path.Combine(root.Path, "a"));
        Copy(checkpoint.Folder, Path.Combine(root.Path, "b"));
        var threads = torch.get_num_threads();
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, MaxTokens = 4, BatchWindow = TimeSpan.Zero, CheckpointsUnder = root.Path });

        // When one client alternates tiny/a and the other a/b, 500 requests each
        async Task<List<HttpStatusCode>> Client(string first, string second) =>
            [.. await Sequential(Enumerable.Range(0, 500).Select(i => i % 2 == 0 ? first : second), async name =>
                (await ServeLimitsTests.Post(server, $$"""{"model":"{{name}}","prompt":"ab","max_tokens":1,"temperature":0}""")).StatusCode)];
        var statuses = await Task.WhenAll(Client("tiny", "a"), Client("a", "b"));

        // Then every one of the 1,000 was answered, and LibTorch's process-wide thread count is what it was
        Assert.All(statuses.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(threads, torch.get_num_threads());
    }

    [Fact]
    public async Task Names_with_a_nul_or_leading_outside_the_root_are_404s_that_name_no_server_path()
    {
        // Given a root holding a checkpoint, a symlink to a checkpoint outside it, and a sibling checkpoint
        using var checkpoint = new TinyCheckpoint();
        using var root = new TempFolder();
        Copy(checkpoint.Folder, Path.Combine(root.Path, "inside"));
        Directory.CreateSymbolicLink(Path.Combine(root.Path, "escape"), checkpoint.Folder);
        await using var server = await PsrServer.StartAsync(null, new ServeOptions { Port = 0, MaxTokens = 4, CheckpointsUnder = root.Path });

        // When clients name them in every hostile way
        string[] names = ["inside\u0000", "in\u0000side", "escape", "escape/../inside/../escape", "../" + Path.GetFileName(checkpoint.Folder), checkpoint.Folder, "inside/../../x", ""];
        var responses = await Task.WhenAll(names.Select(n =>
            ServeLimitsTests.Post(server, new JsonObject { ["model"] = n, ["prompt"] = "ab", ["max_tokens"] = 1 }.ToJsonString())));
        var ok = await ServeLimitsTests.Post(server, """{"model":"inside","prompt":"ab","max_tokens":1}""");

        // Then each is a 404 whose text names no folder of the server, while the real one is served
        foreach (var (response, name) in responses.Zip(names))
        {
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{name}: {response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(root.Path, body, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_folder_with_an_unloadable_checkpoint_is_a_400_without_its_reason()
    {
        using var root = new TempFolder();
        Directory.CreateDirectory(Path.Combine(root.Path, "broken"));
        File.WriteAllText(Path.Combine(root.Path, "broken", "config.json"), """{"hidden_size": 99999999}""");
        await using var server = await PsrServer.StartAsync(null, new ServeOptions { Port = 0, CheckpointsUnder = root.Path });

        var response = await ServeLimitsTests.Post(server, """{"model":"broken","prompt":"ab","max_tokens":1}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("cannot be loaded", body);
        Assert.DoesNotContain(root.Path, body, StringComparison.Ordinal);
    }

    private static async Task<List<T>> Sequential<TIn, T>(IEnumerable<TIn> items, Func<TIn, Task<T>> run)
    {
        var results = new List<T>();
        foreach (var item in items)
            results.Add(await run(item));
        return results;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("psr-serve-root-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

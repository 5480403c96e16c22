using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Exports a group of 20,000 posts (every tenth with two comments and a reply) with <see cref="GroupFeedExporter"/>,
/// streamed to a JSON Lines file, against a baseline in the same run that first collects the whole feed in memory,
/// then writes it. Goal: the export's peak memory stays under 200 MB. Settings: <c>--set posts=20000</c>,
/// <c>--set latency=0ms</c> (delay per response on the server).
/// </summary>
public sealed class ExportGroupFeedScenario : IBenchmarkScenario
{
    public string Name => "export-group-feed";

    public string Description => "Export a 20,000-post group feed to JSON Lines (streamed), against collecting it in memory first (baseline)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var posts = int.Parse(context.Setting("posts", "20000"), CultureInfo.InvariantCulture);
        var latency = context.Setting("latency", "0ms");
        await using var server = await EmulatorProcess.StartAsync(context.InProcess,
            ["--seed", "generated:200,1,20", "--log-capacity", "1000", "--latency", latency], cancellationToken);
        var counter = new RequestCounter();
        using var client = BenchmarkClients.Create(server, counter);
        var group = await FirstGroupAsync(client, cancellationToken);
        var setup = Stopwatch.StartNew();
        await SeedFeedAsync(client, group.Id, posts, cancellationToken);
        context.Log.WriteLine($"  seeded {posts} posts in {setup.Elapsed.TotalSeconds:0.0} s");

        var folder = Path.Combine(Path.GetTempPath(), "wpa-bench-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Streamed first, so the process's peak working set belongs to it.
            counter.Reset();
            var streamed = Stopwatch.StartNew();
            Client.Models.GroupFeedExportResult result;
            MemorySampler streamedMemory;
            using (streamedMemory = MemorySampler.Start())
            {
                result = await new GroupFeedExporter(client).ExportGroupAsync(group, GroupFeedExporter.PathFor(folder, group.Id), ct: cancellationToken);
            }
            streamed.Stop();
            var streamedRequests = counter.Count;
            context.Log.WriteLine($"  streamed: {result.Posts} posts, {result.Comments} comments, {result.Replies} replies in {streamed.Elapsed.TotalSeconds:0.00} s, " +
                                  $"{streamedRequests} requests, heap peak {streamedMemory.PeakHeapMegabytes:0} MB, working set peak {streamedMemory.PeakWorkingSetMegabytes:0} MB");

            counter.Reset();
            var buffered = Stopwatch.StartNew();
            MemorySampler bufferedMemory;
            var collected = new List<JsonElement>();
            using (bufferedMemory = MemorySampler.Start())
            {
                // What a script that gathers Invoke-RestMethod pages into an array, then calls ConvertTo-Json, does.
                var query = new Dictionary<string, string?> { ["fields"] = "id,created_time,updated_time,message,formatting,link,type,permalink_url,from{id,name},comments{id,created_time,message,from{id,name},comments{id,created_time,message,from{id,name}}}", ["limit"] = "25" };
                await foreach (var post in client.GraphPagesAsync(WorkplacePath.Of(group.Id, "feed"), query, element => element.Clone(), cancellationToken))
                    collected.Add(post);
                await File.WriteAllTextAsync(Path.Combine(folder, "baseline.json"), JsonSerializer.Serialize(collected), cancellationToken);
            }
            buffered.Stop();
            var baselineRequests = counter.Count;
            context.Log.WriteLine($"  baseline: {collected.Count} posts in {buffered.Elapsed.TotalSeconds:0.00} s, {baselineRequests} requests, heap peak {bufferedMemory.PeakHeapMegabytes:0} MB");

            return new BenchmarkResult(Name,
            [
                new("posts exported", result.Posts, "posts"),
                new("comments and replies exported", result.Comments + result.Replies, "records"),
                new("streamed time", Math.Round(streamed.Elapsed.TotalSeconds, 2), "s"),
                new("streamed requests", streamedRequests, "requests"),
                new("streamed peak heap", Math.Round(streamedMemory.PeakHeapMegabytes, 1), "MB"),
                new("streamed peak working set", Math.Round(streamedMemory.PeakWorkingSetMegabytes, 1), "MB"),
                new("file size", Math.Round(result.Bytes / 1024.0 / 1024.0, 1), "MB"),
                new("baseline time", Math.Round(buffered.Elapsed.TotalSeconds, 2), "s"),
                new("baseline requests", baselineRequests, "requests"),
                new("baseline peak heap", Math.Round(bufferedMemory.PeakHeapMegabytes, 1), "MB"),
            ], $"{posts} posts, every tenth with two comments and a reply; baseline pages of 25 with comments inlined, kept in memory, then serialized; server latency {latency}");
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Client.Models.WorkplaceGroup> FirstGroupAsync(WorkplaceClient client, CancellationToken cancellationToken)
    {
        await foreach (var group in client.GetGroupsAsync(ct: cancellationToken))
            return group;
        throw new InvalidOperationException("The generated community has no group.");
    }

    /// <summary>Publishes the posts (and every tenth post's comments and reply) in Graph batches of 50.</summary>
    private static async Task SeedFeedAsync(WorkplaceClient client, string groupId, int posts, CancellationToken cancellationToken)
    {
        for (var start = 0; start < posts; start += WorkplaceClient.MaxBatchSize)
        {
            var count = Math.Min(WorkplaceClient.MaxBatchSize, posts - start);
            var operations = Enumerable.Range(start, count).Select(i => BatchOperation.Post(WorkplacePath.Of(groupId, "feed"),
                new Dictionary<string, string?> { ["message"] = $"Post {i}: " + new string('x', 200) })).ToList();
            var created = await client.GraphBatchAsync(operations, cancellationToken);
            var commented = created.Where((_, i) => (start + i) % 10 == 0).Select(r => r.Body!.Value.GetProperty("id").GetString()!).ToList();
            if (commented.Count == 0)
                continue;
            var comments = commented.SelectMany(postId => new[] { "First comment", "Second comment" }.Select(text =>
                BatchOperation.Post(WorkplacePath.Of(postId, "comments"), new Dictionary<string, string?> { ["message"] = text }))).ToList();
            var commentResults = await client.GraphBatchAsync(comments, cancellationToken);
            var replies = commentResults.Where((_, i) => i % 2 == 0).Select(r => BatchOperation.Post(
                WorkplacePath.Of(r.Body!.Value.GetProperty("id").GetString()!, "comments"), new Dictionary<string, string?> { ["message"] = "A reply" })).ToList();
            await client.GraphBatchAsync(replies, cancellationToken);
        }
    }
}

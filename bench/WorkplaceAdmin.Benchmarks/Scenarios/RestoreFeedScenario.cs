using System.Diagnostics;
using System.Globalization;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Content;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Restores a backup of 500 posts (100 with a comment) into an empty group with Import-WorkplaceGroupFeed's path
/// (<see cref="GroupFeedImporter"/>: read what the group already holds, then one POST per record, oldest first), against
/// a baseline in the same run that sends the same POSTs one after the other without looking first (not idempotent).
/// Restoring is sequential by nature: posts must be created in their original order. Settings: <c>--set posts=500</c>,
/// <c>--set latency=0ms</c>.
/// </summary>
public sealed class RestoreFeedScenario : IBenchmarkScenario
{
    public string Name => "restore-feed";

    public string Description => "Restore a 500-post backup into a group (Import-WorkplaceGroupFeed's path), against posting each record without the idempotence check (baseline)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var posts = int.Parse(context.Setting("posts", "500"), CultureInfo.InvariantCulture);
        var latency = context.Setting("latency", "0ms");
        var seed = MediaFeedSeed.Write(posts);
        var folder = Path.Combine(Path.GetTempPath(), "wpa-bench-restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var server = await EmulatorProcess.StartAsync(context.InProcess,
                ["--seed", seed, "--log-capacity", "1000", "--latency", latency], cancellationToken);
            var counter = new RequestCounter();
            using var client = BenchmarkClients.Create(server, counter);
            Client.Models.WorkplaceGroup? source = null;
            await foreach (var candidate in client.GetGroupsAsync(ct: cancellationToken))
                source = candidate.Name == MediaFeedSeed.GroupName ? candidate : source;
            var backup = await new GroupFeedExporter(client) { SaveAttachments = false }
                .ExportGroupAsync(source!, GroupFeedExporter.PathFor(folder, source!.Id), ct: cancellationToken);
            var target = await NewGroupAsync(client, "Restored", cancellationToken);
            var baselineTarget = await NewGroupAsync(client, "Baseline", cancellationToken);

            counter.Reset();
            var restore = Stopwatch.StartNew();
            long records = 0;
            MemorySampler memory;
            using (memory = MemorySampler.Start())
            {
                var importer = new GroupFeedImporter(client);
                // What the cmdlet does first: find what an earlier run restored (nothing, in an empty group).
                await importer.ReadRestoredAsync(target, cancellationToken);
                foreach (var thread in FeedBackupReader.OldestFirst(backup.Path))
                {
                    var postId = await importer.RestoreAsync(thread.Post, target, null, cancellationToken);
                    records++;
                    string? commentId = null;
                    foreach (var comment in thread.Comments)
                    {
                        var id = await importer.RestoreAsync(comment, target, comment.Kind == "reply" ? commentId : postId, cancellationToken);
                        commentId = comment.Kind == "reply" ? commentId : id;
                        records++;
                    }
                }
            }
            restore.Stop();
            var restoreRequests = counter.Count;
            context.Log.WriteLine($"  restore: {records} records in {restore.Elapsed.TotalSeconds:0.00} s, {restoreRequests} requests, working set peak {memory.PeakWorkingSetMegabytes:0} MB");

            counter.Reset();
            var baseline = Stopwatch.StartNew();
            long baselineRecords = 0;
            foreach (var thread in FeedBackupReader.OldestFirst(backup.Path))
            {
                var created = await client.GraphPostAsync(WorkplacePath.Of(baselineTarget, "feed"),
                    new Dictionary<string, string?> { ["message"] = $"Post {thread.Post.Id} by {thread.Post.FromName}" }, cancellationToken);
                baselineRecords++;
                foreach (var comment in thread.Comments)
                {
                    await client.GraphPostAsync(WorkplacePath.Of(created.GetProperty("id").GetString()!, "comments"),
                        new Dictionary<string, string?> { ["message"] = $"Comment {comment.Id} by {comment.FromName}" }, cancellationToken);
                    baselineRecords++;
                }
            }
            baseline.Stop();
            var baselineRequests = counter.Count;
            context.Log.WriteLine($"  baseline: {baselineRecords} records in {baseline.Elapsed.TotalSeconds:0.00} s, {baselineRequests} requests");

            return new BenchmarkResult(Name,
            [
                new("records restored", records, "records"),
                new("restore time", Math.Round(restore.Elapsed.TotalSeconds, 2), "s"),
                new("restore requests", restoreRequests, "requests"),
                new("restore peak heap", Math.Round(memory.PeakHeapMegabytes, 1), "MB"),
                new("restore peak working set", Math.Round(memory.PeakWorkingSetMegabytes, 1), "MB"),
                new("baseline records", baselineRecords, "records"),
                new("baseline time", Math.Round(baseline.Elapsed.TotalSeconds, 2), "s"),
                new("baseline requests", baselineRequests, "requests"),
            ], $"{posts} posts, every fifth with a comment, restored oldest first into an empty group; baseline one POST per record, no check of what the group holds; server latency {latency}");
        }
        finally
        {
            File.Delete(seed);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> NewGroupAsync(WorkplaceClient client, string name, CancellationToken cancellationToken)
    {
        var created = await client.GraphPostAsync("community/groups",
            new Dictionary<string, string?> { ["name"] = $"{name} {Guid.NewGuid():N}", ["privacy"] = "CLOSED" }, cancellationToken);
        return created.GetProperty("id").GetString()!;
    }
}

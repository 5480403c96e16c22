using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WorkplaceAdmin.Benchmarks.Harness;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Benchmarks.Scenarios;

/// <summary>
/// Backs up a group of 1,000 posts with their attachments (1,300 media files: a photo per post, a PDF every tenth post,
/// a photo on every fifth post's comment) with <see cref="GroupFeedExporter"/>, against a baseline in the same run that
/// reads the feed (pages of 25) and downloads each media link one after the other, each file read whole into memory
/// and then written, as a media download script does. Settings: <c>--set posts=1000</c>, <c>--set latency=0ms</c>.
/// </summary>
public sealed class BackupAttachmentsScenario : IBenchmarkScenario
{
    public string Name => "backup-attachments";

    public string Description => "Back up a 1,000-post group with 1,300 attachments (Export-WorkplaceGroupFeed's path), against reading the feed then downloading one file at a time (baseline)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var posts = int.Parse(context.Setting("posts", "1000"), CultureInfo.InvariantCulture);
        var latency = context.Setting("latency", "0ms");
        var seed = MediaFeedSeed.Write(posts);
        var folder = Path.Combine(Path.GetTempPath(), "wpa-bench-backup-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var server = await EmulatorProcess.StartAsync(context.InProcess,
                ["--seed", seed, "--log-capacity", "1000", "--latency", latency], cancellationToken);
            var counter = new RequestCounter();
            using var client = BenchmarkClients.Create(server, counter);
            Client.Models.WorkplaceGroup? group = null;
            await foreach (var candidate in client.GetGroupsAsync(ct: cancellationToken))
                group = candidate.Name == MediaFeedSeed.GroupName ? candidate : group;

            counter.Reset();
            var backup = Stopwatch.StartNew();
            Client.Models.GroupFeedExportResult result;
            MemorySampler memory;
            using (memory = MemorySampler.Start())
            {
                result = await new GroupFeedExporter(client).ExportGroupAsync(group!, GroupFeedExporter.PathFor(folder, group!.Id), ct: cancellationToken);
            }
            backup.Stop();
            var backupRequests = counter.Count;
            context.Log.WriteLine($"  backup: {result.Posts} posts, {result.Attachments} attachments ({result.AttachmentBytes / 1024.0 / 1024.0:0.0} MB), {result.AttachmentsFailed} failed, " +
                                  $"{backup.Elapsed.TotalSeconds:0.00} s, {backupRequests} requests, working set peak {memory.PeakWorkingSetMegabytes:0} MB");

            counter.Reset();
            var baseline = Stopwatch.StartNew();
            long baselineFiles = 0, baselineRequests = 0;
            var baselineFolder = Path.Combine(folder, "baseline");
            Directory.CreateDirectory(baselineFolder);
            using (var plain = new HttpClient())
            {
                var query = new Dictionary<string, string?> { ["fields"] = "id,message,attachments,comments{id,message,attachment}", ["limit"] = "25" };
                var urls = new List<string>();
                await foreach (var post in client.GraphPagesAsync(WorkplacePath.Of(group.Id, "feed"), query, element => element.Clone(), cancellationToken))
                {
                    CollectUrls(post, urls);
                    foreach (var url in urls)
                    {
                        var bytes = await plain.GetByteArrayAsync(url, cancellationToken);
                        await File.WriteAllBytesAsync(Path.Combine(baselineFolder, $"{baselineFiles++}.bin"), bytes, cancellationToken);
                    }
                    urls.Clear();
                }
                baselineRequests = counter.Count + baselineFiles;
            }
            baseline.Stop();
            context.Log.WriteLine($"  baseline: {baselineFiles} files in {baseline.Elapsed.TotalSeconds:0.00} s, {baselineRequests} requests");

            return new BenchmarkResult(Name,
            [
                new("posts", result.Posts, "posts"),
                new("attachments saved", result.Attachments, "files"),
                new("attachments failed", result.AttachmentsFailed, "files"),
                new("attachment size", Math.Round(result.AttachmentBytes / 1024.0 / 1024.0, 1), "MB"),
                new("backup time", Math.Round(backup.Elapsed.TotalSeconds, 2), "s"),
                new("backup requests", backupRequests, "requests"),
                new("backup peak heap", Math.Round(memory.PeakHeapMegabytes, 1), "MB"),
                new("backup peak working set", Math.Round(memory.PeakWorkingSetMegabytes, 1), "MB"),
                new("baseline files", baselineFiles, "files"),
                new("baseline time", Math.Round(baseline.Elapsed.TotalSeconds, 2), "s"),
                new("baseline requests", baselineRequests, "requests"),
            ], $"{posts} posts, a photo each, a 256 KB PDF every tenth, a photo on every fifth post's comment; baseline pages of 25 and one download at a time; server latency {latency}");
        }
        finally
        {
            File.Delete(seed);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The media links a download script reads: media.image.src of photos, url of files, on posts and comments.</summary>
    private static void CollectUrls(JsonElement item, List<string> urls)
    {
        foreach (var name in new[] { "attachments", "attachment" })
        {
            if (!item.TryGetProperty(name, out var value))
                continue;
            var list = value.TryGetProperty("data", out var data) ? data.EnumerateArray().ToArray() : [value];
            foreach (var attachment in list)
            {
                if (attachment.TryGetProperty("media", out var media) && media.TryGetProperty("image", out var image))
                    urls.Add(image.GetProperty("src").GetString()!);
                else if (attachment.GetProperty("type").GetString() == "file_upload")
                    urls.Add(attachment.GetProperty("url").GetString()!);
            }
        }
        if (item.TryGetProperty("comments", out var comments))
            foreach (var comment in comments.GetProperty("data").EnumerateArray())
                CollectUrls(comment, urls);
    }
}

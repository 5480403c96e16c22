using System.Text.Json;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Content;

/// <summary>The feed exporter: complete JSON Lines backups, and resuming after an interruption without duplicates.</summary>
public sealed class GroupFeedExporterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "wpa-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Exports_every_post_comment_and_reply_of_each_group_in_order()
    {
        using var bed = new EmulatorBed();
        var groups = new[] { await bed.Client.GetGroupAsync(bed.GroupNamed("All Company").Id), await bed.Client.GetGroupAsync(bed.GroupNamed("Engineering").Id) };
        var progress = new List<FeedExportProgress>();
        var exporter = new GroupFeedExporter(bed.Client) { Progress = progress.Add, PageSize = 2 };

        var results = await Integration.EmulatorClients.ToList(exporter.ExportAsync(groups, folder));

        Assert.Equal(groups.Select(g => g.Id), results.Select(r => r.GroupId));
        foreach (var (group, result) in groups.Zip(results))
        {
            var expected = bed.Emulator.State.Posts(group.Id);
            var records = ReadRecords(result.Path);
            Assert.Equal(Path.Combine(folder, group.Id + ".jsonl"), result.Path);
            Assert.Equal((FeedExportStatus.Completed, expected.Count, expected.Sum(p => p.Comments.Count), expected.Sum(p => p.Comments.Sum(c => c.Replies.Count))),
                (result.Status, (int)result.Posts, (int)result.Comments, (int)result.Replies));
            Assert.Equal(expected.Select(p => p.Id), records.Where(r => r.Type == "post").Select(r => r.Id));
            Assert.Equal(ExpectedOrder(expected), records.Select(r => r.Id));
            Assert.Equal(new FileInfo(result.Path).Length, result.Bytes);
        }
        Assert.Equal(results.Sum(r => r.Posts), progress.Count);
        Assert.Equal((2, 2), (progress[^1].GroupNumber, progress[^1].GroupCount));
    }

    [Fact]
    public async Task Resumes_after_an_interruption_and_a_torn_last_line_without_duplicating_records()
    {
        // All posts in the same second: resuming must tell them apart by id, not by time.
        using var bed = await FeedOfAsync(posts: 60, clockStep: TimeSpan.Zero);
        var group = await bed.Client.GetGroupAsync(bed.Emulator.State.Groups()[^1].Id);
        using var interrupt = new CancellationTokenSource();
        var first = new GroupFeedExporter(bed.Client)
        {
            PageSize = 7,
            CheckpointInterval = TimeSpan.Zero,
            Progress = p => { if (p.Posts == 25) interrupt.Cancel(); },
        };
        var path = GroupFeedExporter.PathFor(folder, group.Id);
        Directory.CreateDirectory(folder);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.ExportGroupAsync(group, path, ct: interrupt.Token));
        await File.AppendAllTextAsync(path, """{"record":"post","id":"torn-by-a-cra""");
        var resumed = await new GroupFeedExporter(bed.Client) { PageSize = 7 }.ExportGroupAsync(group, path);

        var records = ReadRecords(path);
        var expected = bed.Emulator.State.Posts(group.Id);
        Assert.Equal(25, resumed.ResumedPosts);
        Assert.Equal((60, expected.Sum(p => p.Comments.Count), expected.Sum(p => p.Comments.Sum(c => c.Replies.Count))),
            ((int)resumed.Posts, (int)resumed.Comments, (int)resumed.Replies));
        Assert.Equal(ExpectedOrder(expected).Order(), records.Select(r => r.Id).Order());
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Resumes_after_the_connection_drops_mid_export_over_real_sockets()
    {
        await using var server = await Emulator.Server.EmulatorServer.StartAsync(new EmulatorOptions { RandomSeed = 3 });
        using var client = new WorkplaceClient(Integration.EmulatorClients.ServerOptions(server, o => o.Retry = TestClients.FastRetry(maxAttempts: 1)));
        var groupId = (await client.CreateGroupAsync(new WorkplaceGroupSettings { Name = "Dropping", AdminId = server.Emulator.State.FindPersonByEmail(EmulatorBed.Ava)!.Id })).Id;
        for (var i = 0; i < 30; i++)
        {
            var post = await client.CreatePostAsync(groupId, new WorkplacePostDraft { Message = $"post {i}" });
            if (i % 4 == 0)
                await client.CreateCommentAsync(post.Id, $"comment {i}");
        }
        var group = await client.GetGroupAsync(groupId);
        var path = GroupFeedExporter.PathFor(folder, groupId);
        var interrupted = new GroupFeedExporter(client)
        {
            PageSize = 7,
            CheckpointInterval = TimeSpan.Zero,
            Progress = p => { if (p.Posts == 10) server.Emulator.Controls.DropRate = 1.0; },
        };

        var dropped = await Assert.ThrowsAsync<WorkplaceApiException>(() => interrupted.ExportGroupAsync(group, path));
        server.Emulator.Controls.ClearFaults();
        var resumed = await new GroupFeedExporter(client) { PageSize = 7 }.ExportGroupAsync(group, path);

        Assert.Equal(WorkplaceErrorKind.Transport, dropped.Kind);
        Assert.Equal(14, resumed.ResumedPosts);
        var expected = server.Emulator.State.Posts(groupId);
        Assert.Equal(ExpectedOrder(expected), ReadRecords(path).Select(r => r.Id));
        Assert.Equal((30, 8), ((int)resumed.Posts, (int)resumed.Comments));
    }

    [Fact]
    public async Task Posts_written_after_the_last_checkpoint_are_cut_off_and_written_once()
    {
        using var bed = await FeedOfAsync(posts: 30, clockStep: TimeSpan.FromSeconds(1));
        var group = await bed.Client.GetGroupAsync(bed.Emulator.State.Groups()[^1].Id);
        var path = GroupFeedExporter.PathFor(folder, group.Id);
        Directory.CreateDirectory(folder);
        using var interrupt = new CancellationTokenSource();
        // The checkpoint is never refreshed during this run, as when the process dies between two checkpoints.
        var first = new GroupFeedExporter(bed.Client) { CheckpointInterval = TimeSpan.FromHours(1), Progress = p => { if (p.Posts == 12) interrupt.Cancel(); } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.ExportGroupAsync(group, path, ct: interrupt.Token));
        Assert.True(new FileInfo(path).Length > 0);
        var resumed = await new GroupFeedExporter(bed.Client).ExportGroupAsync(group, path);

        var posts = ReadRecords(path).Where(r => r.Type == "post").Select(r => r.Id).ToList();
        Assert.Equal(0, resumed.ResumedPosts);
        Assert.Equal(bed.Emulator.State.Posts(group.Id).Select(p => p.Id), posts);
    }

    [Fact]
    public async Task Comments_come_with_the_feed_page_and_only_long_threads_cost_requests_of_their_own()
    {
        using var bed = await FeedOfAsync(posts: 12, clockStep: TimeSpan.FromSeconds(1));
        var group = await bed.Client.GetGroupAsync(bed.Emulator.State.Groups()[^1].Id);
        var busy = bed.Emulator.State.Posts(group.Id)[3].Id;
        var thread = await bed.Client.CreateCommentAsync(busy, "long thread");
        for (var i = 0; i < 27; i++)
            await bed.Client.CreateCommentAsync(thread.Id, $"reply {i}");
        for (var i = 0; i < 29; i++)
            await bed.Client.CreateCommentAsync(busy, $"comment {i}");
        bed.ForgetRequests();

        var result = await new GroupFeedExporter(bed.Client).ExportGroupAsync(group, GroupFeedExporter.PathFor(folder, group.Id));

        var expected = bed.Emulator.State.Posts(group.Id);
        Assert.Equal(ExpectedOrder(expected), ReadRecords(result.Path).Select(r => r.Id));
        Assert.Equal(expected.Sum(p => p.Comments.Sum(c => c.Replies.Count)), (int)result.Replies);
        // One feed page, the comments of the busy post, and the replies of its long thread.
        Assert.Equal(3, bed.HttpRequests);
    }

    [Fact]
    public async Task A_finished_export_is_not_redone_and_a_foreign_file_is_not_overwritten_unless_restarting()
    {
        using var bed = new EmulatorBed();
        var group = await bed.Client.GetGroupAsync(bed.GroupNamed("Engineering").Id);
        var other = await bed.Client.GetGroupAsync(bed.GroupNamed("Sales Wins").Id);
        var exporter = new GroupFeedExporter(bed.Client);
        Directory.CreateDirectory(folder);
        var path = GroupFeedExporter.PathFor(folder, group.Id);
        var foreign = GroupFeedExporter.PathFor(folder, other.Id);
        await File.WriteAllTextAsync(foreign, "my own notes\n");

        var done = await exporter.ExportGroupAsync(group, path);
        bed.ForgetRequests();
        var again = await exporter.ExportGroupAsync(group, path);
        var requestsForFinished = bed.HttpRequests;
        var refused = await Assert.ThrowsAsync<IOException>(() => exporter.ExportGroupAsync(other, foreign));
        var wrongGroup = await Assert.ThrowsAsync<InvalidDataException>(() => exporter.ExportGroupAsync(other, path));
        var restarted = await exporter.ExportGroupAsync(other, foreign, restart: true);

        Assert.Equal((FeedExportStatus.AlreadyComplete, done.Posts), (again.Status, again.Posts));
        Assert.Equal(0, requestsForFinished);
        Assert.Contains(foreign, refused.Message);
        Assert.Contains(group.Id, wrongGroup.Message);
        Assert.Equal(FeedExportStatus.Completed, restarted.Status);
        Assert.DoesNotContain("my own notes", await File.ReadAllTextAsync(foreign));
    }

    /// <summary>A community whose last group has <paramref name="posts"/> posts, every third with comments and every sixth with a reply.</summary>
    private static async Task<EmulatorBed> FeedOfAsync(int posts, TimeSpan clockStep)
    {
        var bed = new EmulatorBed(new EmulatorOptions { TimeProvider = new SteppingClock(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero), clockStep) });
        var groupId = await bed.NewGroupAsync();
        for (var i = 0; i < posts; i++)
        {
            var post = await bed.Client.CreatePostAsync(groupId, new WorkplacePostDraft { Message = $"post {i}" });
            if (i % 3 != 0)
                continue;
            var comment = await bed.Client.CreateCommentAsync(post.Id, $"comment on {i}");
            await bed.Client.CreateCommentAsync(post.Id, $"second comment on {i}");
            if (i % 6 == 0)
                await bed.Client.CreateCommentAsync(comment.Id, $"reply on {i}");
        }
        return bed;
    }

    private static IEnumerable<string> ExpectedOrder(IReadOnlyList<EmulatorPostInfo> posts) =>
        posts.SelectMany(p => new[] { p.Id }.Concat(p.Comments.SelectMany(c => new[] { c.Id }.Concat(c.Replies.Select(r => r.Id)))));

    private static List<(string Type, string Id)> ReadRecords(string path) =>
        File.ReadLines(path).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (json.RootElement.GetProperty("record").GetString()!, json.RootElement.GetProperty("id").GetString()!);
        }).ToList();
}

using System.Text.Json;
using WorkplaceAdmin.Client.Content;
using WorkplaceAdmin.Client.Engagement;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Content;

/// <summary>The client logic below the engagement, backup-with-attachments and restore cmdlets, against the emulator.</summary>
public sealed class BackupRestoreEngagementTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "wpa-backup-restore-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_restore_mark_names_its_source_and_the_text_stays_within_the_limit()
    {
        var text = RestoreText.Compose("356_789", new string('x', 10_000), "Ava Ross", new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero), ["1.png"], MessageRules.MaxCommentLength);
        Assert.True(text.Length <= MessageRules.MaxCommentLength);
        Assert.Contains("Originally by Ava Ross on 2025-03-03 09:00 UTC. Attachments kept in the backup: 1.png.", text);
        Assert.Equal("356_789", RestoreText.SourceOf(text));
        Assert.Null(RestoreText.SourceOf("An ordinary post mentioning [restored from 1] in the middle of a sentence."));
    }

    [Theory]
    [InlineData("#wellbeing", "Join us #WellBeing!", true)]
    [InlineData("wellbeing", "#wellbeing2025 is another tag", false)]
    [InlineData("well", "#wellbeing", false)]
    [InlineData("été", "Bon #été à tous", true)]
    public void A_hashtag_matches_whole_tags_in_any_case(string tag, string message, bool expected) =>
        Assert.Equal(expected, Hashtag.Parse(tag).IsIn(message));

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("two words")]
    [InlineData("#a-b")]
    public void A_hashtag_that_is_not_one_word_is_refused(string tag) =>
        Assert.Throws<ArgumentException>(() => Hashtag.Parse(tag));

    [Fact]
    public async Task Engagement_of_a_group_page_matches_the_seen_edge_and_reaction_types()
    {
        using var bed = new EmulatorBed();
        var group = await bed.Client.GetGroupAsync(bed.GroupNamed("All Company").Id);
        bed.ForgetRequests();
        var rows = await Integration.EmulatorClients.ToList(bed.Client.GetGroupPostEngagementAsync(group));
        Assert.Equal(1, bed.HttpRequests);
        Assert.Equal(bed.Emulator.State.Posts(group.Id).Count, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(row.SeenCount, (await Integration.EmulatorClients.ToList(bed.Client.GetPostViewersAsync(row.PostId))).Count);
            Assert.Equal(group.MemberCount, row.GroupMemberCount);
        }
        Assert.Contains(rows, row => row.ReactionCount > 0);
    }

    [Fact]
    public async Task A_backup_saves_each_media_file_once_and_a_restore_puts_every_record_back_exactly_once()
    {
        using var bed = new EmulatorBed();
        var source = await bed.Client.GetGroupAsync(bed.GroupNamed("All Company").Id);
        var backup = await new GroupFeedExporter(bed.Client).ExportGroupAsync(source, GroupFeedExporter.PathFor(folder, source.Id));
        var manifest = File.ReadAllLines(backup.ManifestPath!).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(backup.Attachments, manifest.Count);
        Assert.Equal(manifest.Count, manifest.Select(m => m.GetProperty("media_id").GetString()).Distinct().Count());
        Assert.All(manifest, m => Assert.Equal(m.GetProperty("bytes").GetInt64(), new FileInfo(Path.Combine(backup.AttachmentsPath!, m.GetProperty("file").GetString()!)).Length));

        var threads = FeedBackupReader.OldestFirst(backup.Path).ToList();
        Assert.Equal(threads.Select(t => t.Post.CreatedTime).Order(), threads.Select(t => t.Post.CreatedTime));
        var target = (await bed.Client.GraphPostAsync("community/groups", new Dictionary<string, string?> { ["name"] = "Restore target", ["privacy"] = "CLOSED" })).GetProperty("id").GetString()!;
        var importer = new GroupFeedImporter(bed.Client);
        foreach (var thread in threads)
        {
            var postId = await importer.RestoreAsync(thread.Post, target, null);
            string? commentId = null;
            foreach (var comment in thread.Comments)
            {
                var id = await importer.RestoreAsync(comment, target, comment.Kind == "reply" ? commentId : postId);
                commentId = comment.Kind == "reply" ? commentId : id;
            }
        }
        var restored = await importer.ReadRestoredAsync(target);
        var sourceIds = threads.SelectMany(t => t.Comments.Prepend(t.Post)).Select(r => r.Id).ToList();
        Assert.Equal(sourceIds.Order(), restored.Keys.Order());
        Assert.Equal(sourceIds.Count, bed.Emulator.State.Posts(target).Sum(p => 1 + p.Comments.Count + p.Comments.Sum(c => c.Replies.Count)));
    }
}

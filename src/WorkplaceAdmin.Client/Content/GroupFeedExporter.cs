using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using WorkplaceAdmin.Client.Content;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Backs up the posts of groups, with their comments and replies, to JSON Lines files (one per group, named
/// <c>&lt;group-id&gt;.jsonl</c>): a post's line, then its comments, each followed by its replies. Streams page
/// by page, so memory stays flat however large the feed.
/// <para>
/// Resumable: a checkpoint next to the file (<see cref="FeedExportCheckpoint"/>) records, every
/// <see cref="CheckpointInterval"/>, how many bytes hold complete posts and where the feed stands. After an
/// interruption the next run cuts the file back to that length (dropping a partial trailing line and any post
/// written after the checkpoint) and reads the feed again from the last recorded post, so no record is written
/// twice. Graph cursors are not durable, so the feed is re-entered with <c>until=</c> the last post's creation
/// time, skipping the posts of that second already written.
/// </para>
/// <para>
/// With <see cref="SaveAttachments"/> (the default), the media of each post and of its comments are saved beside the
/// file (<see cref="AttachmentBackup"/>) before the post counts as written, so a resumed export misses none.
/// </para>
/// </summary>
public sealed class GroupFeedExporter
{
    /// <summary>Comments (and replies) embedded per post; a post with more is read through its own comment pages.</summary>
    private const int EmbeddedComments = 25;

    private static readonly GraphFields CommentFields = GraphFields
        .Of("id", "created_time", "message", "message_tags", "comment_count", "attachment")
        .With("from", "id", "name");

    // Comments and their replies come with the feed page, so most posts cost no request of their own.
    private static readonly GraphFields PostFields = GraphFields
        .Of("id", "created_time", "updated_time", "message", "formatting", "link", "type", "status_type", "permalink_url", "message_tags", "attachments")
        .With("from", "id", "name")
        .With("comments", limit: EmbeddedComments, summary: true,
            fields: CommentFields.With("comments", limit: EmbeddedComments, summary: true, fields: CommentFields));

    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly WorkplaceClient client;

    public GroupFeedExporter(WorkplaceClient client) => this.client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Called after each post is written.</summary>
    public Action<FeedExportProgress>? Progress { get; init; }

    /// <summary>Also saves the media of posts and comments beside the JSON Lines (default); false writes the text only.</summary>
    public bool SaveAttachments { get; init; } = true;

    /// <summary>Called (off the caller's thread) for each attachment that could not be saved; the export goes on.</summary>
    public Action<AttachmentFailure>? AttachmentFailed { get; init; }

    /// <summary>Posts per feed page.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>How often the checkpoint is rewritten; zero writes it after every post.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Exports each group to <paramref name="directory"/>, one after the other, yielding each group's counts as it ends.</summary>
    /// <param name="restart">Discard earlier exports and checkpoints of these groups and start over.</param>
    public async IAsyncEnumerable<GroupFeedExportResult> ExportAsync(IReadOnlyList<WorkplaceGroup> groups, string directory, bool restart = false,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        for (var i = 0; i < groups.Count; i++)
            yield return await ExportGroupAsync(groups[i], PathFor(directory, groups[i].Id), restart, i + 1, groups.Count, ct).ConfigureAwait(false);
    }

    public static string PathFor(string directory, string groupId) => Path.Combine(directory, WorkplacePath.Escape(groupId) + ".jsonl");

    /// <exception cref="IOException">The output exists without a checkpoint (not an interrupted export): it is not overwritten unless <paramref name="restart"/>.</exception>
    /// <exception cref="InvalidDataException">The checkpoint belongs to another group or does not match the file.</exception>
    public async Task<GroupFeedExportResult> ExportGroupAsync(WorkplaceGroup group, string outputPath, bool restart = false,
        int groupNumber = 1, int groupCount = 1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var stopwatch = Stopwatch.StartNew();
        var checkpointPath = FeedExportCheckpoint.PathFor(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        if (restart)
        {
            File.Delete(outputPath);
            File.Delete(checkpointPath);
            File.Delete(AttachmentBackup.ManifestFor(outputPath));
        }
        var checkpoint = FeedExportCheckpoint.Read(checkpointPath);
        if (checkpoint is not null && checkpoint.GroupId != group.Id)
            throw new InvalidDataException($"The checkpoint '{checkpointPath}' belongs to the export of group {checkpoint.GroupId}, not {group.Id}. Choose another folder, or export again with -Force.");
        if (checkpoint is { Complete: true })
            return Result(group, outputPath, checkpoint, FeedExportStatus.AlreadyComplete, checkpoint.Posts, stopwatch.Elapsed);
        if (checkpoint is null && File.Exists(outputPath) && new FileInfo(outputPath).Length > 0)
            throw new IOException($"'{outputPath}' already exists and has no export checkpoint, so it is not an interrupted export of group {group.Id}; it was left as is. Export again with -Force to replace it.");

        if (checkpoint is null)
        {
            // Written before the first line, so an output without a checkpoint is never one of ours.
            checkpoint = new FeedExportCheckpoint { GroupId = group.Id, Started = DateTimeOffset.UtcNow };
            checkpoint.Write(checkpointPath);
        }
        var resumedPosts = checkpoint.Posts;
        await using (var output = OpenTruncated(outputPath, checkpoint.CommittedBytes))
        await using (var attachments = SaveAttachments ? AttachmentBackup.Open(client, outputPath, checkpoint.ManifestBytes, AttachmentFailed) : null)
        {
            await WriteFeedAsync(group, output, attachments, checkpoint, checkpointPath, groupNumber, groupCount, ct).ConfigureAwait(false);
        }
        checkpoint.Complete = true;
        checkpoint.Write(checkpointPath);
        return Result(group, outputPath, checkpoint, FeedExportStatus.Completed, resumedPosts, stopwatch.Elapsed);
    }

    private async Task WriteFeedAsync(WorkplaceGroup group, FileStream output, AttachmentBackup? attachments, FeedExportCheckpoint checkpoint, string checkpointPath,
        int groupNumber, int groupCount, CancellationToken ct)
    {
        var written = new HashSet<string>(checkpoint.BoundaryPostIds, StringComparer.Ordinal);
        var resumeAt = checkpoint.BoundaryTime;
        // One second past the boundary whether Graph's until is inclusive or not; the posts of that second
        // already written are skipped by id.
        var until = resumeAt is null ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeSeconds(resumeAt.Value + 1);
        var query = WorkplaceClient.FeedQuery(PostFields, since: null, until, PageSize);
        var lastCheckpoint = Stopwatch.StartNew();
        using var writer = new Utf8JsonWriter(output);
        // The media of several posts are saved together, so downloads overlap even when each post has one file;
        // the batch is a few dozen descriptors, so memory stays flat.
        var pendingMedia = new List<(string OwnerId, AttachmentMedia Media)>();
        var mediaBatch = Math.Max(1, client.MaxConcurrency * 4);

        await foreach (var post in client.GraphPagesAsync(WorkplacePath.Of(group.Id, "feed"), query, json => json, ct).ConfigureAwait(false))
        {
            var postId = post.String("id") ?? "";
            var created = post.DateTime("created_time")?.ToUnixTimeSeconds() ?? 0;
            if (resumeAt is not null && (created > resumeAt || (created == resumeAt && written.Contains(postId))))
                continue;

            WriteRecord(writer, output, post, "post", ("group_id", group.Id), ("post_id", null), ("parent_id", null));
            pendingMedia.AddRange(AttachmentMedia.Of(post.Property("attachments")).Select(m => (postId, m)));
            var (comments, replies) = await WriteCommentsAsync(writer, output, post, postId, pendingMedia, ct).ConfigureAwait(false);
            await output.FlushAsync(ct).ConfigureAwait(false);
            if (attachments is null)
                pendingMedia.Clear();
            else if (pendingMedia.Count >= mediaBatch)
                await SaveMediaAsync(attachments, pendingMedia, checkpoint, ct).ConfigureAwait(false);

            checkpoint.Posts++;
            checkpoint.Comments += comments;
            checkpoint.Replies += replies;
            checkpoint.CommittedBytes = output.Position;
            if (checkpoint.BoundaryTime != created)
            {
                checkpoint.BoundaryTime = created;
                checkpoint.BoundaryPostIds.Clear();
                written.Clear();
                resumeAt = null;
            }
            checkpoint.BoundaryPostIds.Add(postId);
            // A checkpoint on disk never counts a post whose media are still to be saved.
            if (pendingMedia.Count == 0 && lastCheckpoint.Elapsed >= CheckpointInterval)
            {
                checkpoint.Write(checkpointPath);
                lastCheckpoint.Restart();
            }
            Progress?.Invoke(new FeedExportProgress
            {
                GroupId = group.Id,
                GroupNumber = groupNumber,
                GroupCount = groupCount,
                Posts = checkpoint.Posts,
                Comments = checkpoint.Comments,
                Replies = checkpoint.Replies,
                Attachments = checkpoint.Attachments,
                Bytes = checkpoint.CommittedBytes,
            });
        }
        await SaveMediaAsync(attachments, pendingMedia, checkpoint, ct).ConfigureAwait(false);
    }

    /// <summary>Saves the pending media (none without attachments) and records the counts and the manifest's committed length.</summary>
    private static async Task SaveMediaAsync(AttachmentBackup? attachments, List<(string OwnerId, AttachmentMedia Media)> pending, FeedExportCheckpoint checkpoint, CancellationToken ct)
    {
        if (attachments is not null && pending.Count > 0)
        {
            var (saved, failed, bytes) = await attachments.SaveAsync(pending, ct).ConfigureAwait(false);
            checkpoint.Attachments += saved;
            checkpoint.AttachmentsFailed += failed;
            checkpoint.AttachmentBytes += bytes;
            checkpoint.ManifestBytes = attachments.ManifestBytes;
        }
        pending.Clear();
    }

    /// <param name="media">Receives the media of the comments and replies written.</param>
    private async Task<(long Comments, long Replies)> WriteCommentsAsync(Utf8JsonWriter writer, FileStream output, JsonElement post, string postId,
        List<(string OwnerId, AttachmentMedia Media)> media, CancellationToken ct)
    {
        long comments = 0, replies = 0;
        var embedded = post.Property("comments");
        var all = embedded is { } edge && IsComplete(edge) ? Items(edge) : CommentsOf(postId, ct);
        await foreach (var comment in all.ConfigureAwait(false))
        {
            WriteRecord(writer, output, comment, "comment", ("group_id", null), ("post_id", postId), ("parent_id", null));
            comments++;
            var commentId = comment.String("id") ?? "";
            media.AddRange(AttachmentMedia.Of(comment.Property("attachment")).Select(m => (commentId, m)));
            var embeddedReplies = comment.Property("comments");
            IAsyncEnumerable<JsonElement> repliesOf;
            if (embeddedReplies is { } replyEdge && IsComplete(replyEdge))
                repliesOf = Items(replyEdge);
            else if (comment.Int("comment_count") is 0)
                continue;
            else
                repliesOf = CommentsOf(commentId, ct);
            await foreach (var reply in repliesOf.ConfigureAwait(false))
            {
                WriteRecord(writer, output, reply, "reply", ("group_id", null), ("post_id", postId), ("parent_id", commentId));
                replies++;
                var replyId = reply.String("id") ?? "";
                media.AddRange(AttachmentMedia.Of(reply.Property("attachment")).Select(m => (replyId, m)));
            }
        }
        return (comments, replies);
    }

    /// <summary>An embedded edge holds every item when it has no next page and as many items as its summary counts.</summary>
    private static bool IsComplete(JsonElement edge)
    {
        var count = edge.Property("data") is { ValueKind: JsonValueKind.Array } data ? data.GetArrayLength() : -1;
        var hasNext = !string.IsNullOrEmpty(edge.Property("paging")?.String("next"));
        var total = edge.Property("summary")?.Int("total_count");
        return count >= 0 && !hasNext && (total is null || count >= total);
    }

#pragma warning disable CS1998 // An async iterator over items already in memory (one feed page).
    private static async IAsyncEnumerable<JsonElement> Items(JsonElement edge)
#pragma warning restore CS1998
    {
        foreach (var item in edge.Property("data")!.Value.EnumerateArray())
            yield return item;
    }

    private IAsyncEnumerable<JsonElement> CommentsOf(string objectId, CancellationToken ct)
    {
        var query = new Dictionary<string, string?>
        {
            ["fields"] = CommentFields,
            ["order"] = "chronological",
            ["limit"] = PageSize.ToString(CultureInfo.InvariantCulture),
        };
        return client.GraphPagesAsync(WorkplacePath.Of(objectId, "comments"), query, json => json, ct);
    }

    /// <summary>One line: "record" (post, comment or reply) and its context first, then the Graph object's own fields (the comment summary left out).</summary>
    private static void WriteRecord(Utf8JsonWriter writer, FileStream output, JsonElement item, string type, params (string Name, string? Value)[] context)
    {
        writer.Reset(output);
        writer.WriteStartObject();
        writer.WriteString("record", type);
        foreach (var (name, value) in context)
            if (value is not null)
                writer.WriteString(name, value);
        foreach (var property in item.EnumerateObject())
        {
            if (property.NameEquals("comments"))
                continue;
            property.WriteTo(writer);
        }
        writer.WriteEndObject();
        writer.Flush();
        output.Write(NewLine);
    }

    /// <summary>Opens the output for appending after its committed part: what follows (a torn line, posts written after the checkpoint) is cut off.</summary>
    private static FileStream OpenTruncated(string path, long committedBytes)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 64 * 1024, useAsync: false);
        try
        {
            if (stream.Length < committedBytes)
                throw new InvalidDataException($"'{path}' is shorter ({stream.Length} bytes) than its checkpoint records ({committedBytes}); it was changed after the export. Export again with -Force.");
            stream.SetLength(committedBytes);
            stream.Position = committedBytes;
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static GroupFeedExportResult Result(WorkplaceGroup group, string path, FeedExportCheckpoint checkpoint, FeedExportStatus status, long resumedPosts, TimeSpan duration) => new()
    {
        GroupId = group.Id,
        GroupName = group.Name,
        Path = Path.GetFullPath(path),
        Status = status,
        Posts = checkpoint.Posts,
        Comments = checkpoint.Comments,
        Replies = checkpoint.Replies,
        ResumedPosts = resumedPosts,
        Bytes = checkpoint.CommittedBytes,
        Attachments = checkpoint.Attachments,
        AttachmentBytes = checkpoint.AttachmentBytes,
        AttachmentsFailed = checkpoint.AttachmentsFailed,
        AttachmentsPath = checkpoint.ManifestBytes > 0 || Directory.Exists(AttachmentBackup.FolderFor(path)) ? Path.GetFullPath(AttachmentBackup.FolderFor(path)) : null,
        ManifestPath = File.Exists(AttachmentBackup.ManifestFor(path)) ? Path.GetFullPath(AttachmentBackup.ManifestFor(path)) : null,
        Duration = duration,
    };
}

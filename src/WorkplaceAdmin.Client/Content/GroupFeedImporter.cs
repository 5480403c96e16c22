using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// Restores a feed backup into a group, one record at a time so the caller can confirm each (-WhatIf): posts oldest first,
/// each followed by its comments and their replies under it, the original author and time stated in the text
/// (<see cref="RestoreText"/>). What an earlier run restored is found by its mark in the target group
/// (<see cref="ReadRestoredAsync"/>), so a run after a failure posts nothing twice.
/// </summary>
public sealed class GroupFeedImporter
{
    private readonly WorkplaceClient client;

    public GroupFeedImporter(WorkplaceClient client) => this.client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Source id → target id of everything an earlier restore posted in the group (posts, comments, replies).</summary>
    public async Task<Dictionary<string, string>> ReadRestoredAsync(string targetGroupId, CancellationToken ct = default)
    {
        var restored = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var post in client.GetPostsAsync(targetGroupId, ct: ct).ConfigureAwait(false))
        {
            if (RestoreText.SourceOf(post.Message) is not { } source)
                continue;
            restored[source] = post.Id;
            if (post.CommentCount is 0)
                continue;
            await foreach (var comment in client.GetCommentsAsync(post.Id, includeReplies: true, ct: ct).ConfigureAwait(false))
            {
                if (RestoreText.SourceOf(comment.Message) is { } commentSource)
                    restored[commentSource] = comment.Id;
            }
        }
        return restored;
    }

    /// <summary>Posts one record: a post in <paramref name="targetGroupId"/>, or a comment or reply under <paramref name="parentTargetId"/>. Returns the new id.</summary>
    public async Task<string> RestoreAsync(BackupRecord backup, string targetGroupId, string? parentTargetId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(backup);
        var record = backup.Json;
        var sourceId = backup.Id.Length > 0 ? backup.Id : throw new InvalidDataException("A backup record has no id.");
        var isPost = backup.Kind == "post";
        var text = RestoreText.Compose(sourceId, record.String("message"), record.Property("from")?.String("name"), record.DateTime("created_time"),
            AttachmentMedia.Of(record.Property(isPost ? "attachments" : "attachment")).Select(m => m.FileName).ToArray(),
            isPost ? MessageRules.MaxPostLength : MessageRules.MaxCommentLength);
        // Sent as composed (no mention rendering, no read-back): the text is ours, and only the new id is needed.
        string path;
        Dictionary<string, string?> parameters;
        if (isPost)
        {
            var link = record.String("type") == "link" ? record.String("link") : null;
            MessageRules.CheckPost(text, link);
            path = WorkplacePath.Of(targetGroupId, "feed");
            parameters = new() { ["message"] = text, ["link"] = link, ["formatting"] = record.String("formatting") == "MARKDOWN" ? "MARKDOWN" : null };
        }
        else
        {
            MessageRules.CheckComment(text);
            path = WorkplacePath.Of(parentTargetId ?? throw new ArgumentNullException(nameof(parentTargetId)), "comments");
            parameters = new() { ["message"] = text };
        }
        // Not retried on a lost answer (a second POST would post twice); the next run finds it by its mark instead.
        var created = await client.GraphPostAsync(path, parameters, ct).ConfigureAwait(false);
        var id = created.String("id");
        if (string.IsNullOrEmpty(id))
            throw new InvalidDataException($"POST {path} answered no id.");
        return isPost && !id.Contains('_') ? targetGroupId + "_" + id : id;
    }
}

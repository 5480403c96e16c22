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
        if (isPost)
        {
            var draft = new WorkplacePostDraft { Message = text, LinkUrl = record.String("type") == "link" ? record.String("link") : null, Markdown = record.String("formatting") == "MARKDOWN" };
            return (await client.CreatePostAsync(targetGroupId, draft, ct).ConfigureAwait(false)).Id;
        }
        var parent = parentTargetId ?? throw new ArgumentNullException(nameof(parentTargetId));
        return (await client.CreateCommentAsync(parent, text, null, ct).ConfigureAwait(false)).Id;
    }
}

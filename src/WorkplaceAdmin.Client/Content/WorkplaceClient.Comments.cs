using System.Runtime.CompilerServices;
using WorkplaceAdmin.Client.Content;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Comments and replies (workplace-api.md §3.6): list, create, delete.</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>Comments this client deleted last (with their replies): a listing reads no replies of those.</summary>
    private readonly RecentDeletions deletedComments = new(capacity: 4096);

    /// <summary>
    /// The comments of a post, oldest first, streamed; with <paramref name="includeReplies"/> each comment is
    /// followed by its replies. Only one page of comments (and one of replies) is held at a time. Replies are read
    /// after the comment was yielded, so a comment its consumer deleted meanwhile (through this client) is followed
    /// by nothing: its replies went with it.
    /// </summary>
    /// <param name="postId">A post id, bare post id or permalink; or a comment id to list its replies.</param>
    public async IAsyncEnumerable<WorkplaceComment> GetCommentsAsync(string postId, bool includeReplies = true, int pageSize = 100,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var id = ContentReference.ParsePostId(postId);
        await foreach (var comment in CommentPagesAsync(id, id, null, pageSize, ct).ConfigureAwait(false))
        {
            yield return comment;
            if (!includeReplies || comment.ReplyCount is 0 || deletedComments.Contains(comment.Id))
                continue;
            await foreach (var reply in CommentPagesAsync(comment.Id, id, comment.Id, pageSize, ct).ConfigureAwait(false))
                yield return reply;
        }
    }

    /// <summary>Comments on a post, or replies to a comment when <paramref name="objectId"/> is a comment id.</summary>
    /// <exception cref="ArgumentException">Empty or too long message, malformed id or mention; nothing was sent.</exception>
    public async Task<WorkplaceComment> CreateCommentAsync(string objectId, string message, IReadOnlyList<string>? mentions = null, CancellationToken ct = default)
    {
        var id = ContentReference.ParsePostId(objectId);
        MessageRules.CheckComment(message);
        var rendered = await new MentionRenderer(this).RenderAsync(message, mentions, ct).ConfigureAwait(false);
        MessageRules.CheckComment(rendered);
        var created = await GraphPostAsync(WorkplacePath.Of(id, "comments"), new Dictionary<string, string?> { ["message"] = rendered }, ct).ConfigureAwait(false);
        var commentId = created.String("id");
        if (string.IsNullOrEmpty(commentId))
            throw errors.FromProtocolViolation(HttpMethod.Post, GraphUriFor(WorkplacePath.Of(id, "comments"), null), "The comment response carries no id.");
        return await GetCommentAsync(commentId, ct).ConfigureAwait(false);
    }

    public async Task<WorkplaceComment> GetCommentAsync(string commentId, CancellationToken ct = default)
    {
        var id = ContentReference.ParseCommentId(commentId);
        var fields = GraphFields.Of("object", "parent").ToString() + "," + ContentJson.CommentFields;
        var json = await GraphGetEntityAsync(WorkplacePath.Escape(id), new Dictionary<string, string?> { ["fields"] = fields }, "a comment", ct).ConfigureAwait(false);
        return ContentJson.ReadComment(json, json.Property("object")?.String("id") ?? "", json.Property("parent")?.String("id"));
    }

    public async Task DeleteCommentAsync(string commentId, CancellationToken ct = default)
    {
        var id = ContentReference.ParseCommentId(commentId);
        await GraphDeleteAsync(WorkplacePath.Escape(id), null, ct).ConfigureAwait(false);
        deletedComments.Add(id);
    }

    private IAsyncEnumerable<WorkplaceComment> CommentPagesAsync(string objectId, string postId, string? parentId, int pageSize, CancellationToken ct)
    {
        var query = FieldsQuery(ContentJson.CommentFields, pageSize);
        query["order"] = "chronological";
        return GraphPagesAsync(WorkplacePath.Of(objectId, "comments"), query, json => ContentJson.ReadComment(json, postId, parentId), ct);
    }
}

using System.Globalization;
using WorkplaceAdmin.Client.Content;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Group posts: publish, list (since/until, streamed), read, delete (workplace-api.md §3.5).</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>Publishes a post and returns it as read back. The message is checked (empty, too long) before any request.</summary>
    /// <exception cref="ArgumentException">The draft is empty, too long, or a mention is malformed; nothing was sent.</exception>
    /// <exception cref="KeyNotFoundException">A mentioned email belongs to nobody; nothing was posted.</exception>
    public async Task<WorkplacePost> CreatePostAsync(string groupId, WorkplacePostDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        MessageRules.CheckPost(draft.Message, draft.LinkUrl);
        var message = await new MentionRenderer(this).RenderAsync(draft.Message, draft.Mentions, ct).ConfigureAwait(false);
        MessageRules.CheckPost(message, draft.LinkUrl);
        var parameters = new Dictionary<string, string?>
        {
            ["message"] = string.IsNullOrEmpty(message) ? null : message,
            ["link"] = draft.LinkUrl,
            ["formatting"] = draft.Markdown ? "MARKDOWN" : null,
        };
        // Not retried on a lost response: a second POST would publish the post twice.
        var created = await GraphPostAsync(WorkplacePath.Of(groupId, "feed"), parameters, ct).ConfigureAwait(false);
        var id = created.String("id");
        if (string.IsNullOrEmpty(id))
            throw errors.FromProtocolViolation(HttpMethod.Post, GraphUriFor(WorkplacePath.Of(groupId, "feed"), null), "The publish response carries no post id.");
        // Graph answers the bare post id in some versions; the group prefix keeps ids uniform.
        return await GetPostAsync(id.Contains('_') ? id : groupId + "_" + id, ct).ConfigureAwait(false);
    }

    /// <param name="postId">"&lt;group-id&gt;_&lt;post-id&gt;", a bare post id, or a post permalink.</param>
    public async Task<WorkplacePost> GetPostAsync(string postId, CancellationToken ct = default)
    {
        var id = ContentReference.ParsePostId(postId);
        var json = await GraphGetEntityAsync(WorkplacePath.Escape(id), new Dictionary<string, string?> { ["fields"] = ContentJson.PostFields }, "a post", ct).ConfigureAwait(false);
        return ContentJson.ReadPost(json);
    }

    /// <summary>The posts of a group, newest first, streamed page by page; <paramref name="since"/>/<paramref name="until"/> bound their creation time.</summary>
    public IAsyncEnumerable<WorkplacePost> GetPostsAsync(string groupId, DateTimeOffset? since = null, DateTimeOffset? until = null, int pageSize = 100, CancellationToken ct = default) =>
        GraphPagesAsync(WorkplacePath.Of(groupId, "feed"), FeedQuery(ContentJson.PostFields, since, until, pageSize),
            json => ContentJson.ReadPost(json, groupId), ct);

    /// <summary>Deletes a post (and its comments).</summary>
    public async Task DeletePostAsync(string postId, CancellationToken ct = default)
    {
        var id = ContentReference.ParsePostId(postId);
        await GraphDeleteAsync(WorkplacePath.Escape(id), null, ct).ConfigureAwait(false);
    }

    internal static Dictionary<string, string?> FeedQuery(GraphFields fields, DateTimeOffset? since, DateTimeOffset? until, int pageSize)
    {
        if (since is not null && until is not null && since > until)
            throw new ArgumentException($"Since ({since:u}) is after Until ({until:u}); nothing can match.", nameof(since));
        var query = FieldsQuery(fields, pageSize);
        if (since is not null)
            query["since"] = since.Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (until is not null)
            query["until"] = until.Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return query;
    }
}

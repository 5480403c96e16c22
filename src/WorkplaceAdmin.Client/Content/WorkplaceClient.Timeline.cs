using WorkplaceAdmin.Client.Content;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>A member's timeline: the posts they wrote, in any group (<c>GET /{member}/feed</c>).</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>The posts a person wrote, newest first, streamed page by page; <paramref name="since"/>/<paramref name="until"/> bound their creation time.</summary>
    /// <param name="personId">The person's id (resolve an email first: the feed edge is read on the member node).</param>
    public IAsyncEnumerable<WorkplacePost> GetPostsOfPersonAsync(string personId, DateTimeOffset? since = null, DateTimeOffset? until = null, int pageSize = 100, CancellationToken ct = default) =>
        // No group id to hand: each post's id ("group_post") says its group.
        GraphPagesAsync(WorkplacePath.Of(personId, "feed"), FeedQuery(ContentJson.PostFields, since, until, pageSize),
            json => ContentJson.ReadPost(json), ct);
}

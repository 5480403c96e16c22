using WorkplaceAdmin.Client.Content;
using WorkplaceAdmin.Client.Engagement;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Post engagement (workplace-api.md §3.6): counts per post read with the post, and who saw a post.</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>One post's engagement, in one request. <paramref name="group"/> names the group and gives its member count.</summary>
    public async Task<WorkplacePostEngagement> GetPostEngagementAsync(string postId, WorkplaceGroup? group = null, CancellationToken ct = default)
    {
        var id = ContentReference.ParsePostId(postId);
        var json = await GraphGetEntityAsync(WorkplacePath.Escape(id), FieldsQuery(EngagementJson.PostFields), "a post", ct).ConfigureAwait(false);
        return EngagementJson.ReadPost(json, group);
    }

    /// <summary>The engagement of a group's posts, newest first, one request per page of posts; since/until bound the posts' creation time.</summary>
    public IAsyncEnumerable<WorkplacePostEngagement> GetGroupPostEngagementAsync(WorkplaceGroup group, DateTimeOffset? since = null, DateTimeOffset? until = null,
        int pageSize = 100, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        return GraphPagesAsync(WorkplacePath.Of(group.Id, "feed"), FeedQuery(EngagementJson.PostFields, since, until, pageSize),
            json => EngagementJson.ReadPost(json, group), ct);
    }

    /// <summary>The people who saw a post, with when, streamed page by page.</summary>
    public IAsyncEnumerable<WorkplacePostViewer> GetPostViewersAsync(string postId, int pageSize = 100, CancellationToken ct = default)
    {
        var id = ContentReference.ParsePostId(postId);
        return GraphPagesAsync(WorkplacePath.Of(id, "seen"), FieldsQuery(EngagementJson.ViewerFields, pageSize),
            json => EngagementJson.ReadViewer(json, id), ct);
    }
}

using WorkplaceAdmin.Client.Mapping;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Group structure and activity (workplace-api.md §3.2, §3.4): sub-groups, and groups read with their newest post's time.</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>A group; with <paramref name="includeLastActivity"/> its <see cref="WorkplaceGroup.LastPostTime"/> is read in the same request.</summary>
    public async Task<WorkplaceGroup> GetGroupAsync(string groupId, bool includeLastActivity, CancellationToken ct = default)
    {
        var json = await GraphGetEntityAsync(WorkplacePath.Escape(groupId), FieldsQuery(GroupFieldsFor(includeLastActivity)), "a group", ct).ConfigureAwait(false);
        return GroupJson.Read(json);
    }

    /// <summary>The groups directly under the community, streamed; the last activity, when asked, costs nothing more than the page.</summary>
    public IAsyncEnumerable<WorkplaceGroup> GetGroupsAsync(bool includeLastActivity, int pageSize = 100, CancellationToken ct = default) =>
        GraphPagesAsync("community/groups", FieldsQuery(GroupFieldsFor(includeLastActivity), pageSize), GroupJson.Read, ct);

    /// <summary>The sub-groups of a group (<c>GET /{group}/groups</c>), streamed page by page.</summary>
    public IAsyncEnumerable<WorkplaceGroup> GetSubGroupsAsync(string groupId, bool includeLastActivity = false, int pageSize = 100, CancellationToken ct = default) =>
        GraphPagesAsync(WorkplacePath.Of(groupId, "groups"), FieldsQuery(GroupFieldsFor(includeLastActivity), pageSize), GroupJson.Read, ct);

    private static GraphFields GroupFieldsFor(bool includeLastActivity) =>
        includeLastActivity ? GroupJson.FieldsWithLastActivity : GroupJson.Fields;
}

using WorkplaceAdmin.Client.Mapping;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Group operations.</summary>
public sealed partial class WorkplaceClient
{
    public async Task<WorkplaceGroup> GetGroupAsync(string groupId, CancellationToken ct = default)
    {
        var json = await GraphGetEntityAsync(WorkplacePath.Escape(groupId), FieldsQuery(GroupJson.Fields), "a group", ct).ConfigureAwait(false);
        return GroupJson.Read(json);
    }

    /// <summary>The groups directly under the community, streamed page by page.</summary>
    public IAsyncEnumerable<WorkplaceGroup> GetGroupsAsync(int pageSize = 100, CancellationToken ct = default) =>
        GraphPagesAsync("community/groups", FieldsQuery(GroupJson.Fields, pageSize), GroupJson.Read, ct);
}

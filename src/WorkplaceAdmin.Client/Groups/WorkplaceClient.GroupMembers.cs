using WorkplaceAdmin.Client.Groups;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Reading a group's members and admins (workplace-api.md §3.4).</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>The members of a group (or only its admins), with their admin flag, streamed page by page.</summary>
    public IAsyncEnumerable<WorkplaceGroupMember> GetGroupMembersAsync(string groupId, bool adminsOnly = false, int pageSize = 100, CancellationToken ct = default) =>
        GraphPagesAsync(WorkplacePath.Of(groupId, adminsOnly ? "admins" : "members"), FieldsQuery(GroupMemberJson.Fields, pageSize),
            json => GroupMemberJson.Read(json, groupId), ct);
}

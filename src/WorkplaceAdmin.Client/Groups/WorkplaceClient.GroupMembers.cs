using System.Runtime.CompilerServices;
using WorkplaceAdmin.Client.Groups;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Reading a group's members and admins (workplace-api.md §3.4).</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>
    /// The members of a group (or only its admins), with their admin flag, streamed page by page. Without the
    /// "Read user email addresses" permission the listing is read again without emails (Email is then null).
    /// </summary>
    public async IAsyncEnumerable<WorkplaceGroupMember> GetGroupMembersAsync(string groupId, bool adminsOnly = false, int pageSize = 100,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var path = WorkplacePath.Of(groupId, adminsOnly ? "admins" : "members");
        var members = GraphPagesAsync(path, FieldsQuery(GroupMemberJson.Fields, pageSize), json => GroupMemberJson.Read(json, groupId), ct)
            .GetAsyncEnumerator(ct);
        var first = true;
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await members.MoveNextAsync().ConfigureAwait(false);
                }
                catch (WorkplaceApiException error) when (first && error.Kind == WorkplaceErrorKind.PermissionDenied)
                {
                    break;
                }
                if (!more)
                    yield break;
                first = false;
                yield return members.Current;
            }
        }
        finally
        {
            await members.DisposeAsync().ConfigureAwait(false);
        }
        await foreach (var member in GraphPagesAsync(path, FieldsQuery(GroupMemberJson.FieldsWithoutEmail, pageSize), json => GroupMemberJson.Read(json, groupId), ct).ConfigureAwait(false))
            yield return member;
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using WorkplaceAdmin.Client.Groups;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Adds, removes, promotes and demotes group members one person at a time, as bulk pipelines call it, while
/// the requests travel in Graph batches of 50 (<see cref="GraphOperationBatcher"/>). The group's roster is read
/// once per group, so people already in the requested state get a result ("AlreadyMember", "NotAMember"…)
/// without a request, and "already a member" is never an error. Run it with
/// <see cref="SuggestedConcurrency"/> items in flight to fill the batches.
/// </summary>
public sealed class GroupMembershipUpdater : IAsyncDisposable
{
    private readonly WorkplaceClient client;
    private readonly GraphOperationBatcher batcher;
    private readonly ConcurrentDictionary<string, Lazy<Task<GroupRoster>>> rosters = new(StringComparer.Ordinal);

    public GroupMembershipUpdater(WorkplaceClient client, GraphOperationBatcher? batcher = null)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        // Adding a member twice or removing a non-member changes nothing, so the batches may be retried.
        this.batcher = batcher ?? new GraphOperationBatcher(client) { Idempotent = true };
    }

    public int SuggestedConcurrency => batcher.SuggestedConcurrency;

    /// <exception cref="InvalidOperationException">Adding to or promoting in an archived group (nothing sent).</exception>
    /// <exception cref="WorkplaceApiException">The API refused this person's change.</exception>
    public async Task<GroupMembershipResult> ChangeAsync(WorkplaceGroup group, MemberReference person, GroupMembershipAction action, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(person);
        if (group.Archived && action is GroupMembershipAction.Add or GroupMembershipAction.Promote)
            throw new InvalidOperationException(
                $"The group {group.Name} ({group.Id}) is archived, so people cannot be added to it or made admins. Unarchive it first with Set-WorkplaceGroup -Unarchive.");

        var roster = await RosterAsync(group.Id, ct).ConfigureAwait(false);
        var known = roster.Find(person);
        var unchanged = action switch
        {
            GroupMembershipAction.Add when known is not null => GroupMembershipStatus.AlreadyMember,
            GroupMembershipAction.Promote when known is { Administrator: true } => GroupMembershipStatus.AlreadyAdmin,
            GroupMembershipAction.Remove when known is null && roster.Exact && (roster.KnowsEmails || person.Id is not null) => GroupMembershipStatus.NotAMember,
            GroupMembershipAction.Demote when known is { Administrator: false } => GroupMembershipStatus.NotAnAdmin,
            GroupMembershipAction.Demote when known is null && roster.Exact && (roster.KnowsEmails || person.Id is not null) => GroupMembershipStatus.NotAnAdmin,
            _ => (GroupMembershipStatus?)null,
        };
        var userId = known?.Id ?? person.Id;
        if (unchanged is { } status)
            return Result(group.Id, userId, person, action, status);

        await batcher.SendAsync(Operation(group.Id, userId, person.Email, action), ct).ConfigureAwait(false);
        if (userId is null && action is GroupMembershipAction.Add or GroupMembershipAction.Promote)
            userId = await IdByEmailAsync(person.Email!, ct).ConfigureAwait(false);
        if (userId is null)
        {
            roster.NoteChangeByEmail();
        }
        else
        {
            if (action == GroupMembershipAction.Remove)
                roster.Remove(userId);
            else
                roster.Set(userId, person.Email, administrator: action == GroupMembershipAction.Promote);
            if (known is null && person.Email is null && action is GroupMembershipAction.Add or GroupMembershipAction.Promote)
                roster.NoteJoinWithoutEmail();
        }
        return Result(group.Id, userId, person, action, action switch
        {
            GroupMembershipAction.Add => GroupMembershipStatus.Added,
            GroupMembershipAction.Remove => GroupMembershipStatus.Removed,
            GroupMembershipAction.Promote => GroupMembershipStatus.Promoted,
            _ => GroupMembershipStatus.Demoted,
        });
    }

    public ValueTask DisposeAsync() => batcher.DisposeAsync();

    /// <summary>
    /// The id of a person just added by email, so the result names them as a later call needs (GET /{email}, sent in
    /// the same batches). The change is already made: when the lookup fails the id is left unknown, not an error.
    /// </summary>
    private async Task<string?> IdByEmailAsync(string email, CancellationToken ct)
    {
        try
        {
            var person = await batcher.SendAsync(BatchOperation.Get(WorkplacePath.Escape(email), new Dictionary<string, string?> { ["fields"] = "id" }), ct).ConfigureAwait(false);
            return person.ValueKind == JsonValueKind.Object && person.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (WorkplaceApiException)
        {
            return null;
        }
    }

    /// <summary>workplace-api.md §3.4: members by member= or email=, admins by uid= (email= when only an email is known).</summary>
    private static BatchOperation Operation(string groupId, string? userId, string? email, GroupMembershipAction action)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        var idName = action is GroupMembershipAction.Add or GroupMembershipAction.Remove ? "member" : "uid";
        if (userId is not null)
            parameters[idName] = userId;
        else
            parameters["email"] = email;
        var edge = WorkplacePath.Of(groupId, action is GroupMembershipAction.Add or GroupMembershipAction.Remove ? "members" : "admins");
        return action is GroupMembershipAction.Add or GroupMembershipAction.Promote
            ? BatchOperation.Post(edge, parameters)
            : BatchOperation.Delete(edge, parameters);
    }

    private static GroupMembershipResult Result(string groupId, string? userId, MemberReference person, GroupMembershipAction action, GroupMembershipStatus status) =>
        new() { GroupId = groupId, UserId = userId, Email = person.Email, Action = action, Status = status };

    private async Task<GroupRoster> RosterAsync(string groupId, CancellationToken ct)
    {
        var lazy = rosters.GetOrAdd(groupId, id => new Lazy<Task<GroupRoster>>(() => ReadRosterAsync(id, ct)));
        try
        {
            return await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            rosters.TryRemove(new KeyValuePair<string, Lazy<Task<GroupRoster>>>(groupId, lazy));
            throw;
        }
    }

    private async Task<GroupRoster> ReadRosterAsync(string groupId, CancellationToken ct)
    {
        try
        {
            return await ReadRosterAsync(groupId, GroupMemberJson.IdentityFields, knowsEmails: true, ct).ConfigureAwait(false);
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.PermissionDenied)
        {
            // Without "Read user email addresses" the roster has ids only; people given by email are then sent as is.
            return await ReadRosterAsync(groupId, GroupMemberJson.IdentityFieldsWithoutEmail, knowsEmails: false, ct).ConfigureAwait(false);
        }
    }

    private async Task<GroupRoster> ReadRosterAsync(string groupId, GraphFields fields, bool knowsEmails, CancellationToken ct)
    {
        var roster = GroupRoster.Create(knowsEmails);
        var query = new Dictionary<string, string?>
        {
            ["fields"] = fields,
            ["limit"] = WorkplaceClient.MaxGraphPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await foreach (var member in client.GraphPagesAsync(WorkplacePath.Of(groupId, "members"), query,
                           json => GroupMemberJson.Read(json, groupId), ct).ConfigureAwait(false))
            roster.Set(member.Id, member.Email, member.Administrator);
        return roster;
    }
}

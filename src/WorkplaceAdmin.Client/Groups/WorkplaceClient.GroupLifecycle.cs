using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Creating, changing, archiving and unarchiving groups (workplace-api.md §3.3). Groups have no DELETE.</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>Creates a group under the community and returns it as read back.</summary>
    /// <exception cref="ArgumentException">A setting is missing or invalid; nothing was sent.</exception>
    public async Task<WorkplaceGroup> CreateGroupAsync(WorkplaceGroupSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var parameters = settings.ToParameters(creating: true);
        var created = await GraphPostAsync("community/groups", parameters, ct).ConfigureAwait(false);
        var id = created.String("id");
        if (string.IsNullOrEmpty(id))
            throw errors.FromProtocolViolation(HttpMethod.Post, GraphUriFor("community/groups", null), "The create response carries no group id.");
        return await GetGroupAsync(id, ct).ConfigureAwait(false);
    }

    /// <summary>Changes the given settings (and archives or unarchives) and returns the group as read back.</summary>
    /// <exception cref="ArgumentException">No setting given, or one is invalid; nothing was sent.</exception>
    public async Task<WorkplaceGroup> UpdateGroupAsync(string groupId, WorkplaceGroupSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var parameters = settings.ToParameters(creating: false);
        if (parameters.Count == 0)
            throw new ArgumentException($"Nothing to change on group {groupId}; give at least one setting.", nameof(settings));
        // Setting the same values twice leaves the group as it is, so a lost response may be retried.
        await GraphPostAsync(WorkplacePath.Escape(groupId), parameters, ct, retrySafe: true).ConfigureAwait(false);
        return await GetGroupAsync(groupId, ct).ConfigureAwait(false);
    }
}

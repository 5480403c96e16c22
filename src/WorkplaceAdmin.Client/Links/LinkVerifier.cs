using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Verifies a link with its own token: the token (and the community it belongs to, GET /community), the group of a
/// group-feed link (it exists, the integration can see it, it is not archived), and each permission the target
/// needs, by probing (<see cref="LinkPermission"/>). One check row per check; a check that cannot run because an
/// earlier one failed is Skipped. Never throws for a failed check: the rows say what failed.
/// </summary>
public static class LinkVerifier
{
    public const string TokenCheck = "Token";
    public const string CommunityCheck = "Community";
    public const string GroupCheck = "Group";

    /// <param name="expectedCommunityId">The community the link was made for (Test-WorkplaceLink); null when making it.</param>
    public static async Task<LinkVerification> VerifyAsync(WorkplaceClient client, LinkTarget target, string? expectedCommunityId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        var checks = new List<WorkplaceLinkCheck>();
        var permissions = LinkPermission.For(target.Kind);

        var (tokenAccepted, community) = await CheckTokenAsync(client, target, expectedCommunityId, checks, ct).ConfigureAwait(false);
        if (!tokenAccepted)
        {
            if (target.Kind == WorkplaceLinkKind.GroupFeed)
                checks.Add(Skipped(target, GroupCheck, null, "Not checked: the token was refused."));
            checks.AddRange(permissions.Select(p => Skipped(target, CheckIdOf(p), p.Name, "Not checked: the token was refused.")));
            return new LinkVerification { Checks = checks, Community = community };
        }

        WorkplaceGroup? group = null;
        var groupVisible = true;
        if (target.Kind == WorkplaceLinkKind.GroupFeed)
        {
            (group, groupVisible) = await CheckGroupAsync(client, target, checks, ct).ConfigureAwait(false);
            if (group is not null)
                target = target.WithGroupId(group.Id);
        }

        foreach (var permission in permissions)
        {
            if (!groupVisible)
                checks.Add(Skipped(target, CheckIdOf(permission), permission.Name, "Not checked: the group is not visible to the integration."));
            else
                checks.Add(await CheckPermissionAsync(client, target, permission, ct).ConfigureAwait(false));
        }
        return new LinkVerification { Checks = checks, Community = community, Group = group };
    }

    public static string CheckIdOf(LinkPermission permission) => "Permission." + permission.Key;

    /// <summary>The one group of that exact name (case-insensitive) the integration sees; null when none.</summary>
    /// <exception cref="ArgumentException">Several groups have that name, so an id or URL is needed.</exception>
    private static async Task<WorkplaceGroup?> FindByNameAsync(WorkplaceClient client, string name, CancellationToken ct)
    {
        var matches = new List<WorkplaceGroup>();
        await foreach (var group in client.GetGroupsAsync(ct: ct).ConfigureAwait(false))
        {
            if (string.Equals(group.Name, name, StringComparison.OrdinalIgnoreCase))
                matches.Add(group);
        }
        return matches.Count <= 1
            ? matches.FirstOrDefault()
            : throw new ArgumentException($"{matches.Count} groups are named '{name}' ({string.Join(", ", matches.Select(g => g.Id))}); give the group's id or URL instead.");
    }

    private static async Task<(bool Accepted, WorkplaceCommunity? Community)> CheckTokenAsync(
        WorkplaceClient client, LinkTarget target, string? expectedCommunityId, List<WorkplaceLinkCheck> checks, CancellationToken ct)
    {
        WorkplaceCommunity community;
        try
        {
            community = await client.GetCommunityAsync(ct).ConfigureAwait(false);
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.Authentication)
        {
            checks.Add(Failed(target, TokenCheck, null, LinkErrorIds.TokenRejected,
                $"The access token was refused ({error.ServerMessage ?? error.Message}): it is wrong, or an admin reset it or disabled the integration."));
            checks.Add(Skipped(target, CommunityCheck, null, "Not checked: the token was refused."));
            return (false, null);
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.PermissionDenied)
        {
            // A permission error means the token itself was accepted; only the community node is out of reach.
            checks.Add(Passed(target, TokenCheck, null, "The access token is accepted."));
            checks.Add(Skipped(target, CommunityCheck, null,
                "Not checked: the integration cannot read the community node (it needs 'Read group content' or 'Manage groups')."));
            return (true, null);
        }
        catch (WorkplaceApiException error)
        {
            checks.Add(Failed(target, TokenCheck, null, LinkErrorIds.CheckFailed, $"The token could not be checked: {error.Message}"));
            checks.Add(Skipped(target, CommunityCheck, null, "Not checked: the token could not be checked."));
            return (false, null);
        }

        checks.Add(Passed(target, TokenCheck, null, "The access token is accepted."));
        if (expectedCommunityId is { Length: > 0 } && expectedCommunityId != community.Id)
            checks.Add(Failed(target, CommunityCheck, null, LinkErrorIds.CommunityChanged,
                $"The token now belongs to community {community.Id} ({community.Name}), not {expectedCommunityId} as when the link was made."));
        else
            checks.Add(Passed(target, CommunityCheck, null, $"The token belongs to community '{community.Name}' ({community.Id})."));
        return (true, community);
    }

    private static async Task<(WorkplaceGroup? Group, bool Visible)> CheckGroupAsync(WorkplaceClient client, LinkTarget target, List<WorkplaceLinkCheck> checks, CancellationToken ct)
    {
        try
        {
            var group = target.GroupId is { } id
                ? await client.GetGroupAsync(id, ct).ConfigureAwait(false)
                : await FindByNameAsync(client, target.GroupName!, ct).ConfigureAwait(false);
            if (group is null)
            {
                checks.Add(Failed(target, GroupCheck, null, LinkErrorIds.GroupNotVisible,
                    $"No group named '{target.GroupName}' is visible to the integration (check the name, or add the integration to the group)."));
                return (null, false);
            }

            checks.Add(group.Archived
                ? Failed(target, GroupCheck, null, LinkErrorIds.GroupArchived, $"Group '{group.Name}' ({group.Id}) is archived, so nothing can be posted in it; unarchive it first.")
                : Passed(target, GroupCheck, null, $"Group '{group.Name}' ({group.Id}, {group.Privacy}) is visible and not archived."));
            return (group, true);
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.NotFound)
        {
            checks.Add(Failed(target, GroupCheck, null, LinkErrorIds.GroupNotVisible,
                $"Group {target.GroupId} does not exist or the integration cannot see it (a secret group it was not added to, or an integration limited to other groups)."));
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.PermissionDenied)
        {
            checks.Add(Failed(target, GroupCheck, LinkPermission.ReadGroupContent.Name, LinkErrorIds.PermissionMissing,
                $"The integration lacks the permission '{LinkPermission.ReadGroupContent.Name}', needed {LinkPermission.ReadGroupContent.UsedFor}."));
        }
        catch (WorkplaceApiException error)
        {
            checks.Add(Failed(target, GroupCheck, null, LinkErrorIds.CheckFailed, $"Group {target.GroupId} could not be checked: {error.Message}"));
        }
        catch (ArgumentException ambiguous)
        {
            checks.Add(Failed(target, GroupCheck, null, LinkErrorIds.CheckFailed, ambiguous.Message));
        }
        return (null, false);
    }

    private static async Task<WorkplaceLinkCheck> CheckPermissionAsync(WorkplaceClient client, LinkTarget target, LinkPermission permission, CancellationToken ct)
    {
        var checkId = CheckIdOf(permission);
        try
        {
            await permission.Probe(client, target.GroupId, ct).ConfigureAwait(false);
            return Passed(target, checkId, permission.Name, $"The integration has '{permission.Name}'.");
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.PermissionDenied)
        {
            return Failed(target, checkId, permission.Name, LinkErrorIds.PermissionMissing,
                $"The integration lacks the permission '{permission.Name}', needed {permission.UsedFor}.");
        }
        catch (WorkplaceApiException error)
        {
            return Failed(target, checkId, permission.Name, LinkErrorIds.CheckFailed, $"'{permission.Name}' could not be checked: {error.Message}");
        }
    }

    private static WorkplaceLinkCheck Passed(LinkTarget target, string checkId, string? permission, string detail) =>
        new() { LinkName = target.Name, CheckId = checkId, Permission = permission, Status = LinkCheckStatus.Passed, Detail = detail };

    private static WorkplaceLinkCheck Skipped(LinkTarget target, string checkId, string? permission, string detail) =>
        new() { LinkName = target.Name, CheckId = checkId, Permission = permission, Status = LinkCheckStatus.Skipped, Detail = detail };

    private static WorkplaceLinkCheck Failed(LinkTarget target, string checkId, string? permission, string errorId, string detail) =>
        new() { LinkName = target.Name, CheckId = checkId, Permission = permission, Status = LinkCheckStatus.Failed, Detail = detail, ErrorId = errorId };
}

using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>What a new link points at: a kind, and for a group feed the group (an id or a URL copied from the browser).</summary>
public sealed class LinkTarget
{
    private LinkTarget(string name, WorkplaceLinkKind kind, string? groupId, string? groupName = null)
    {
        Name = name;
        Kind = kind;
        GroupId = groupId;
        GroupName = groupName;
    }

    public string Name { get; }
    public WorkplaceLinkKind Kind { get; }

    /// <summary>The group's id, when given as an id or a URL; null when given by name (resolved while verifying).</summary>
    public string? GroupId { get; }

    /// <summary>The group's exact name, when given that way (tab completion offers names).</summary>
    public string? GroupName { get; }

    /// <param name="group">A group id, a group URL, or else a group's exact name.</param>
    /// <exception cref="ArgumentException">A bad name, a group feed without a group, a chat with one, or a URL that is not a group's.</exception>
    public static LinkTarget Create(string name, WorkplaceLinkKind kind, string? group)
    {
        var validName = LinkName.Validate(name);
        if (kind == WorkplaceLinkKind.GroupFeed)
        {
            if (string.IsNullOrWhiteSpace(group))
                throw new ArgumentException("A GroupFeed link needs a group: its id, or its URL (https://<company>.workplace.com/groups/<id>/).", nameof(group));
            if (WorkplaceGroupReference.TryParse(group, out var groupId))
                return new LinkTarget(validName, kind, groupId);
            // Anything that looks like an address must be a valid group URL; the rest is a group name.
            if (group.Contains("://", StringComparison.Ordinal) || group.Contains("/groups/", StringComparison.OrdinalIgnoreCase))
                WorkplaceGroupReference.Parse(group);
            return new LinkTarget(validName, kind, null, group.Trim());
        }
        if (!string.IsNullOrWhiteSpace(group))
            throw new ArgumentException("A Chat link messages people, not a group; leave out the group, or use -Kind GroupFeed.", nameof(group));
        return new LinkTarget(validName, kind, null);
    }

    public static LinkTarget Of(WorkplaceLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new LinkTarget(link.Name, link.Kind, link.GroupId);
    }

    /// <summary>The same target with its group resolved to an id.</summary>
    public LinkTarget WithGroupId(string groupId) => new(Name, Kind, groupId, GroupName);

    public override string ToString() => Kind == WorkplaceLinkKind.GroupFeed ? $"the feed of group {GroupId ?? $"'{GroupName}'"}" : "Work Chat";
}

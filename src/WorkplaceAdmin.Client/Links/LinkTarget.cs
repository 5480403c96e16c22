using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>What a new link points at: a kind, and for a group feed the group (an id or a URL copied from the browser).</summary>
public sealed class LinkTarget
{
    private LinkTarget(string name, WorkplaceLinkKind kind, string? groupId)
    {
        Name = name;
        Kind = kind;
        GroupId = groupId;
    }

    public string Name { get; }
    public WorkplaceLinkKind Kind { get; }
    public string? GroupId { get; }

    /// <exception cref="ArgumentException">A bad name, a group feed without a group, a chat with one, or a group that is neither an id nor a group URL.</exception>
    public static LinkTarget Create(string name, WorkplaceLinkKind kind, string? group)
    {
        var validName = LinkName.Validate(name);
        if (kind == WorkplaceLinkKind.GroupFeed)
        {
            if (string.IsNullOrWhiteSpace(group))
                throw new ArgumentException("A GroupFeed link needs a group: its id, or its URL (https://<company>.workplace.com/groups/<id>/).", nameof(group));
            return new LinkTarget(validName, kind, WorkplaceGroupReference.Parse(group));
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

    public override string ToString() => Kind == WorkplaceLinkKind.GroupFeed ? $"the feed of group {GroupId}" : "Work Chat";
}

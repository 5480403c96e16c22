namespace WorkplaceAdmin.Client.Models;

/// <summary>A person as a member of one group (<c>GET /{group-id}/members</c> or <c>/admins</c>).</summary>
public sealed class WorkplaceGroupMember
{
    /// <summary>The person's id.</summary>
    public string Id { get; init; } = "";
    public string GroupId { get; init; } = "";
    public string? Name { get; init; }

    /// <summary>Null when the integration lacks "Read user email addresses".</summary>
    public string? Email { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public bool Administrator { get; init; }

    /// <summary>When the person joined the group, when the API says.</summary>
    public DateTimeOffset? Joined { get; init; }

    public override string ToString() => Email is null ? $"{Name} ({Id})" : $"{Name} <{Email}> ({Id})";
}

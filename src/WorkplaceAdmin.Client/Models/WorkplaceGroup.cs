namespace WorkplaceAdmin.Client.Models;

/// <summary>A Workplace group. Fields the integration may not read are null.</summary>
public sealed class WorkplaceGroup
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>OPEN, CLOSED or SECRET.</summary>
    public string? Privacy { get; init; }

    /// <summary>WORK_TEAMWORK, WORK_FEEDBACK, WORK_ANNOUNCEMENT, WORK_SOCIAL, …</summary>
    public string? Purpose { get; init; }

    /// <summary>NONE or ADMIN_ONLY.</summary>
    public string? PostPermissions { get; init; }

    /// <summary>NONE, ANYONE or ADMIN_ONLY.</summary>
    public string? JoinSetting { get; init; }

    public bool Archived { get; init; }
    public bool IsWorkplaceDefault { get; init; }
    public DateTimeOffset? UpdatedTime { get; init; }
    public string? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public int? MemberCount { get; init; }

    /// <summary>The group this one is a sub-group of; null for a top-level group.</summary>
    public string? ParentId { get; init; }
    public string? ParentName { get; init; }

    /// <summary>
    /// When the newest post of the group was created; read only when asked for (Get-WorkplaceGroup -IncludeLastActivity),
    /// and null for a group without posts.
    /// </summary>
    public DateTimeOffset? LastPostTime { get; init; }

    /// <summary>https://&lt;instance&gt;.workplace.com/groups/&lt;id&gt;/ when the API reported it; otherwise null.</summary>
    public string? Url { get; init; }

    public override string ToString() => $"{Name} ({Id})";
}

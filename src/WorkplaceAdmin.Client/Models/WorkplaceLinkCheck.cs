namespace WorkplaceAdmin.Client.Models;

/// <summary>One check of a link (its token, its community, its group, one permission) and what it found.</summary>
public sealed class WorkplaceLinkCheck
{
    /// <summary>A stable name of the check: Token, Community, Group, or Permission.&lt;name&gt;.</summary>
    public string CheckId { get; init; } = "";
    public string LinkName { get; init; } = "";
    public LinkCheckStatus Status { get; init; }

    /// <summary>What was found, or what is wrong and how to fix it.</summary>
    public string Detail { get; init; } = "";

    /// <summary>The permission a Permission check probes, by its display name; null for other checks.</summary>
    public string? Permission { get; init; }

    /// <summary>A stable id of the failure (e.g. Workplace.Link.PermissionMissing); null unless Failed.</summary>
    public string? ErrorId { get; init; }

    public bool Passed => Status == LinkCheckStatus.Passed;

    public override string ToString() => $"{CheckId}: {Status} — {Detail}";
}

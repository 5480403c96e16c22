namespace WorkplaceAdmin.Client.Models;

/// <summary>What a membership change does to one person of one group.</summary>
public enum GroupMembershipAction
{
    Add,
    Remove,
    /// <summary>Make an admin (adds the person as a member first when needed).</summary>
    Promote,
    /// <summary>Take admin rights away; the person stays a member.</summary>
    Demote,
}

/// <summary>The outcome for one person of a membership change.</summary>
public enum GroupMembershipStatus
{
    Added,
    AlreadyMember,
    Removed,
    NotAMember,
    Promoted,
    AlreadyAdmin,
    Demoted,
    NotAnAdmin,
}

/// <summary>The result for one person of Add-/Remove-WorkplaceGroupMember: what was asked and what happened.</summary>
public sealed class GroupMembershipResult
{
    public string GroupId { get; init; } = "";

    /// <summary>The person's id when known (given, or found among the group's members).</summary>
    public string? UserId { get; init; }
    public string? Email { get; init; }
    public GroupMembershipAction Action { get; init; }
    public GroupMembershipStatus Status { get; init; }

    /// <summary>True when a request changed the group; false when there was nothing to do.</summary>
    public bool Changed => Status is GroupMembershipStatus.Added or GroupMembershipStatus.Removed or GroupMembershipStatus.Promoted or GroupMembershipStatus.Demoted;

    public override string ToString() => $"{UserId ?? Email} {Status} ({GroupId})";
}

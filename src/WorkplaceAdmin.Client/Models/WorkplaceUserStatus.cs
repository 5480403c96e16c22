namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// The state of an account, as Workplace's own SCIM export derives it (workplace-api.md §5.3): not active →
/// Deactivated; else not invited → NotInvited; else not claimed → Invited; else Claimed.
/// </summary>
public enum WorkplaceUserStatus
{
    NotInvited,
    Invited,
    Claimed,
    Deactivated,
}

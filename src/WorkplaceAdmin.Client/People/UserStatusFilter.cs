namespace WorkplaceAdmin.Client.People;

/// <summary>What Get-WorkplaceUser -Status selects: Active is every account not deactivated; the others are statuses.</summary>
public enum UserStatusFilter
{
    Active,
    Deactivated,
    Invited,
    Claimed,
    NotInvited,
}

using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.People;

/// <summary>The status mapping of workplace-api.md §5.3, and the -Status filter built on it.</summary>
public static class UserStatusRules
{
    public static WorkplaceUserStatus From(bool active, bool invited, bool claimed) =>
        !active ? WorkplaceUserStatus.Deactivated
        : !invited ? WorkplaceUserStatus.NotInvited
        : !claimed ? WorkplaceUserStatus.Invited
        : WorkplaceUserStatus.Claimed;

    /// <summary>True when the user is in any of the filters (all users when there are none).</summary>
    public static bool Matches(WorkplaceUser user, IReadOnlyCollection<UserStatusFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (filters.Count == 0)
            return true;
        foreach (var filter in filters)
        {
            var hit = filter switch
            {
                UserStatusFilter.Active => user.Active,
                UserStatusFilter.Deactivated => user.Status == WorkplaceUserStatus.Deactivated,
                UserStatusFilter.Invited => user.Status == WorkplaceUserStatus.Invited,
                UserStatusFilter.Claimed => user.Status == WorkplaceUserStatus.Claimed,
                UserStatusFilter.NotInvited => user.Status == WorkplaceUserStatus.NotInvited,
                _ => false,
            };
            if (hit)
                return true;
        }
        return false;
    }
}

using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Groups;

/// <summary>The settings New-WorkplaceGroup and Set-WorkplaceGroup share, turned into <see cref="WorkplaceGroupSettings"/>.</summary>
public abstract class GroupSettingsCmdlet : WorkplaceCmdlet
{
    /// <summary>What the group is about.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>Who can find the group and see its posts.</summary>
    [Parameter]
    [ValidateSet("OPEN", "CLOSED", "SECRET")]
    public string? Privacy { get; set; }

    /// <summary>The kind of group.</summary>
    [Parameter]
    [ValidateSet("WORK_TEAMWORK", "WORK_FEEDBACK", "WORK_ANNOUNCEMENT", "WORK_SOCIAL", "WORK_FOR_SALE", "WORK_MULTI_COMPANY")]
    public string? Purpose { get; set; }

    /// <summary>Who can post: NONE (every member) or ADMIN_ONLY.</summary>
    [Parameter]
    [ValidateSet("NONE", "ADMIN_ONLY")]
    public string? PostPermissions { get; set; }

    /// <summary>Who can join: NONE, ANYONE or ADMIN_ONLY (admins approve).</summary>
    [Parameter]
    [ValidateSet("NONE", "ANYONE", "ADMIN_ONLY")]
    public string? JoinSetting { get; set; }

    protected WorkplaceGroupSettings Settings(string? name, string? adminId, bool? archived) => new()
    {
        Name = name,
        Description = Description,
        Privacy = Privacy,
        Purpose = Purpose,
        PostPermissions = PostPermissions,
        JoinSetting = JoinSetting,
        AdminId = adminId,
        Archived = archived,
    };
}

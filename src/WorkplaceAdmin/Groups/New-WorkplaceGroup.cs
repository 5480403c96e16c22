using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>Creates a group. Groups cannot be deleted through the API: archive them with Set-WorkplaceGroup -Archive.</summary>
[Cmdlet(VerbsCommon.New, "WorkplaceGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "New-WorkplaceGroup.md")]
[OutputType(typeof(WorkplaceGroup))]
public sealed class NewWorkplaceGroupCommand : WorkplaceCmdlet
{
    /// <summary>The name of the new group.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>The person (id or email) who becomes the group's first admin.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Owner")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string? Admin { get; set; }

    /// <summary>What the group is about.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>Who can find the group and see its posts.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("OPEN", "CLOSED", "SECRET")]
    public string? Privacy { get; set; }

    /// <summary>The kind of group.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("WORK_TEAMWORK", "WORK_FEEDBACK", "WORK_ANNOUNCEMENT", "WORK_SOCIAL", "WORK_FOR_SALE", "WORK_MULTI_COMPANY")]
    public string? Purpose { get; set; }

    /// <summary>Who can post: NONE (every member) or ADMIN_ONLY.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("NONE", "ADMIN_ONLY")]
    public string? PostPermissions { get; set; }

    /// <summary>Who can join: NONE, ANYONE or ADMIN_ONLY (admins approve).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("NONE", "ANYONE", "ADMIN_ONLY")]
    public string? JoinSetting { get; set; }

    protected override void ProcessRecord()
    {
        try
        {
            // A CSV row may leave the Admin column empty.
            var admin = string.IsNullOrWhiteSpace(Admin) ? null : Admin;
            // Check every setting before asking, so -WhatIf and -Confirm are never offered for a group that cannot be made.
            Settings(Name, admin is null ? null : "0", archived: null).ToParameters(creating: true);
            if (admin is not null)
                MemberReference.Parse(admin);
            if (!ShouldProcess(Name, "Create group"))
                return;
            var adminId = admin is null ? null : Await(ct => Client.ResolvePersonIdAsync(admin, ct));
            WriteObject(Await(ct => Client.CreateGroupAsync(Settings(Name, adminId, archived: null), ct)));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, Name);
        }
    }

    private WorkplaceGroupSettings Settings(string? name, string? adminId, bool? archived) => new()
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

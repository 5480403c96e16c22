using System.Management.Automation;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>Creates a group. Groups cannot be deleted through the API: archive them with Set-WorkplaceGroup -Archive.</summary>
[Cmdlet(VerbsCommon.New, "WorkplaceGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(WorkplaceGroup))]
public sealed class NewWorkplaceGroupCommand : GroupSettingsCmdlet
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

    protected override void ProcessRecord()
    {
        try
        {
            // Check every setting before asking, so -WhatIf and -Confirm are never offered for a group that cannot be made.
            Settings(Name, Admin is null ? null : "0", archived: null).ToParameters(creating: true);
            if (Admin is not null)
                MemberReference.Parse(Admin);
            if (!ShouldProcess(Name, "Create group"))
                return;
            var adminId = Admin is null ? null : Await(ct => Client.ResolvePersonIdAsync(Admin, ct));
            WriteObject(Await(ct => Client.CreateGroupAsync(Settings(Name, adminId, archived: null), ct)));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, Name);
        }
    }
}

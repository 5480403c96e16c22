using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>Changes a group's settings, archives or unarchives it. Groups cannot be deleted through the API.</summary>
[Cmdlet(VerbsCommon.Set, "WorkplaceGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Set-WorkplaceGroup.md")]
[OutputType(typeof(WorkplaceGroup))]
public sealed class SetWorkplaceGroupCommand : WorkplaceCmdlet
{
    /// <summary>The group: id, URL, exact name, or a group piped from Get-WorkplaceGroup. CSV rows may carry it in a GroupId column.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId", "GroupUrl")]
    [GroupObjectTransformation]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity Group { get; set; } = null!;

    /// <summary>A new name.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Archives the group: it stays readable, nobody can post.</summary>
    [Parameter]
    public SwitchParameter Archive { get; set; }

    /// <summary>Unarchives the group.</summary>
    [Parameter]
    public SwitchParameter Unarchive { get; set; }

    /// <summary>$true archives, $false unarchives (for scripts that read the state from a file).</summary>
    [Parameter]
    public bool? Archived { get; set; }

    /// <summary>Writes the group as it is after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

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

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var choices = (Archive.IsPresent ? 1 : 0) + (Unarchive.IsPresent ? 1 : 0) + (Archived is null ? 0 : 1);
        if (choices > 1)
            ThrowSetupError(new ArgumentException("Give only one of -Archive, -Unarchive and -Archived."), null);
    }

    protected override void ProcessRecord()
    {
        try
        {
            var settings = Settings(Name, adminId: null, Archive.IsPresent ? true : Unarchive.IsPresent ? false : Archived);
            settings.ToParameters(creating: false);
            if (settings.IsEmpty)
                throw new ArgumentException($"Nothing to change on group '{Group}'; give a setting, -Archive or -Unarchive.");
            var group = Await(ct => Groups.ResolveAsync(Group, ct));
            if (!ShouldProcess($"{group.Name} ({group.Id})", Describe(settings)))
                return;
            var updated = Await(ct => Client.UpdateGroupAsync(group.Id, settings, ct));
            if (PassThru)
                WriteObject(updated);
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, Group);
        }
    }

    private static string Describe(WorkplaceGroupSettings settings) => settings.Archived switch
    {
        true when settings.ToParameters(creating: false).Count == 1 => "Archive group",
        false when settings.ToParameters(creating: false).Count == 1 => "Unarchive group",
        _ => "Change group settings (" + string.Join(", ", settings.ToParameters(creating: false).Keys) + ")",
    };

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

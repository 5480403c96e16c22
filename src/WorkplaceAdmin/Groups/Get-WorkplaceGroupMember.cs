using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>Gets the members (or only the admins) of groups, streamed page by page.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceGroupMember", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceGroupMember.md")]
[OutputType(typeof(WorkplaceGroupMember))]
public sealed class GetWorkplaceGroupMemberCommand : WorkplaceCmdlet
{
    /// <summary>The group: id, URL, exact name, or a group piped from Get-WorkplaceGroup. CSV rows may carry it in a GroupId column.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId", "GroupUrl")]
    [GroupObjectTransformation]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity[] Group { get; set; } = [];

    /// <summary>Only the group's admins.</summary>
    [Parameter]
    public SwitchParameter Admin { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var identity in Group)
        {
            try
            {
                var group = Await(ct => Groups.ResolveAsync(identity, ct));
                foreach (var member in Stream(Client.GetGroupMembersAsync(group.Id, Admin.IsPresent, WorkplaceClient.MaxGraphPageSize, Cancellation)))
                    WriteObject(member);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, identity);
            }
        }
    }
}

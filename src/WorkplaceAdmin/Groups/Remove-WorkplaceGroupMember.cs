using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Groups;

/// <summary>Removes people from a group (or only their admin rights with -Admin), in Graph batches of 50, one result per person.</summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.DocsBase + "Remove-WorkplaceGroupMember.md")]
[OutputType(typeof(GroupMembershipResult))]
public sealed class RemoveWorkplaceGroupMemberCommand : GroupMembershipCmdlet
{
    protected override GroupMembershipAction MembershipAction => Admin ? GroupMembershipAction.Demote : GroupMembershipAction.Remove;
}

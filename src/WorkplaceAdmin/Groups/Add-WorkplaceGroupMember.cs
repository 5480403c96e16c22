using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Groups;

/// <summary>Adds people to a group (or makes them admins with -Admin), in Graph batches of 50, one result per person.</summary>
[Cmdlet(VerbsCommon.Add, "WorkplaceGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Add-WorkplaceGroupMember.md")]
[OutputType(typeof(GroupMembershipResult))]
public sealed class AddWorkplaceGroupMemberCommand : GroupMembershipCmdlet
{
    protected override GroupMembershipAction MembershipAction => Admin ? GroupMembershipAction.Promote : GroupMembershipAction.Add;
}

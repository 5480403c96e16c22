using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Community;

/// <summary>Gets the community the connection's integration belongs to.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceCommunity", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceCommunity.md")]
[OutputType(typeof(WorkplaceCommunity))]
public sealed class GetWorkplaceCommunityCommand : WorkplaceCmdlet
{
    protected override void ProcessRecord()
    {
        try
        {
            WriteObject(Await(Client.GetCommunityAsync));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, WorkplaceConnection.GraphUri);
        }
    }
}

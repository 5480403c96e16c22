using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Connection;

/// <summary>Shows the connection in use (community, endpoints, masked token).</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceConnection")]
[OutputType(typeof(WorkplaceConnection))]
public sealed class GetWorkplaceConnectionCommand : WorkplaceCmdlet
{
    protected override void ProcessRecord() => WriteObject(WorkplaceConnection);
}

using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Connection;

/// <summary>Shows the connection in use (community, endpoints, masked token).</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceConnection", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceConnection.md")]
[OutputType(typeof(WorkplaceConnection))]
public sealed class GetWorkplaceConnectionCommand : WorkplaceCmdlet
{
    // Asking whether there is a connection is not a failure of setup: no connection is a non-terminating error that
    // -ErrorAction SilentlyContinue silences (as Get-MgContext returns nothing), so the base's check is skipped.
    protected override void BeginProcessing()
    {
    }

    protected override void ProcessRecord()
    {
        var connection = Connection ?? ConnectionStore.Get(SessionState);
        if (connection is null)
        {
            WriteError(NotConnectedError());
            return;
        }

        WriteObject(connection);
    }
}

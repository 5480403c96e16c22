using System.Management.Automation;
using WorkplaceAdmin.Base;

namespace WorkplaceAdmin.Connection;

/// <summary>Closes a connection: the current one, or the one given with -Connection.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Workplace", HelpUri = HelpLinks.DocsBase + "Disconnect-Workplace.md")]
[OutputType(typeof(void))]
public sealed class DisconnectWorkplaceCommand : WorkplaceCmdlet
{
    protected override void ProcessRecord()
    {
        var connection = WorkplaceConnection;
        ConnectionStore.Remove(connection);
        connection.Dispose();
        WriteVerbose($"Disconnected from Workplace community '{connection.CommunityName}'.");
    }
}

using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.EmulatorCommands;

/// <summary>Empties the embedded emulator's request log, e.g. before the step of a test whose calls it checks.</summary>
[Cmdlet(VerbsCommon.Clear, "WorkplaceEmulatorRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Clear-WorkplaceEmulatorRequest.md")]
[OutputType(typeof(void))]
public sealed class ClearWorkplaceEmulatorRequestCommand : WorkplaceEmulatorCmdlet
{
    protected override void ProcessRecord()
    {
        if (ShouldProcess($"the request log of the emulator of '{WorkplaceConnection.CommunityName}' ({Emulator.RequestLog.Count} calls)", "Clear"))
        {
            Emulator.RequestLog.Clear();
        }
    }
}

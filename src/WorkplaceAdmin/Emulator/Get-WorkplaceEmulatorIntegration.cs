using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Selection;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.EmulatorCommands;

/// <summary>Lists the embedded emulator's integrations: names, permissions, and their (emulator-only) tokens.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceEmulatorIntegration", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceEmulatorIntegration.md")]
[OutputType(typeof(EmulatorIntegration))]
public sealed class GetWorkplaceEmulatorIntegrationCommand : WorkplaceEmulatorCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        List<NamePattern> patterns;
        try
        {
            patterns = (Name ?? ["*"]).Select(NamePattern.Parse).ToList();
        }
        catch (ArgumentException error)
        {
            ThrowSetupError(error, Name);
            return;
        }

        foreach (var integration in Emulator.Integrations.Where(integration => patterns.Any(pattern => pattern.IsMatch(integration.Name))))
        {
            WriteObject(integration);
        }
    }
}

using System.Management.Automation;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.EmulatorCommands;

/// <summary>Lists the embedded emulator's integrations: names, permissions, and their (emulator-only) tokens.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceEmulatorIntegration")]
[OutputType(typeof(EmulatorIntegration))]
public sealed class GetWorkplaceEmulatorIntegrationCommand : WorkplaceEmulatorCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var patterns = (Name ?? ["*"]).Select(name => new WildcardPattern(name, WildcardOptions.IgnoreCase)).ToList();
        foreach (var integration in Emulator.Integrations.Where(integration => patterns.Any(pattern => pattern.IsMatch(integration.Name))))
        {
            WriteObject(integration);
        }
    }
}

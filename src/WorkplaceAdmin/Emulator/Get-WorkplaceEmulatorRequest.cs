using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.EmulatorCommands;

/// <summary>Lists the calls the embedded emulator answered, oldest first, so a test can assert what a script sent.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceEmulatorRequest", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceEmulatorRequest.md")]
[OutputType(typeof(RequestLogEntry))]
public sealed class GetWorkplaceEmulatorRequestCommand : WorkplaceEmulatorCmdlet
{
    /// <summary>Only calls with this HTTP method (GET, POST, DELETE…).</summary>
    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE")]
    public string? Method { get; set; }

    /// <summary>Only the newest N calls.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Last { get; set; }

    protected override void ProcessRecord()
    {
        IEnumerable<RequestLogEntry> entries = Emulator.RequestLog.Snapshot();
        if (Method is not null)
        {
            entries = entries.Where(entry => string.Equals(entry.Method, Method, StringComparison.OrdinalIgnoreCase));
        }

        if (Last is { } last)
        {
            entries = entries.TakeLast(last);
        }

        foreach (var entry in entries)
        {
            WriteObject(entry);
        }
    }
}

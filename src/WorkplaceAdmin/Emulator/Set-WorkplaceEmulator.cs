using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.EmulatorCommands;

/// <summary>Steers the embedded emulator: read-only mode, latency and fault rates, to see how a script copes.</summary>
[Cmdlet(VerbsCommon.Set, "WorkplaceEmulator", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Set-WorkplaceEmulator.md")]
[OutputType(typeof(EmulatorControls))]
public sealed class SetWorkplaceEmulatorCommand : WorkplaceEmulatorCmdlet
{
    /// <summary>Every write fails, as in the service's read-only phase.</summary>
    [Parameter]
    public bool? ReadOnly { get; set; }

    [Parameter]
    [ValidateRange("00:00:00", "00:01:00")]
    public TimeSpan? Latency { get; set; }

    /// <summary>Share of calls answered with a server error (0 to 1).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? ServerErrorRate { get; set; }

    /// <summary>Share of calls refused as throttled (Graph code 4) (0 to 1).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? ThrottleRate { get; set; }

    /// <summary>Writes the emulator's controls after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var controls = Emulator.Controls;
        string[] settings = [nameof(ReadOnly), nameof(Latency), nameof(ServerErrorRate), nameof(ThrottleRate)];
        var changing = settings.Where(MyInvocation.BoundParameters.ContainsKey).ToList();
        if (changing.Count == 0 || !ShouldProcess($"the emulator of '{WorkplaceConnection.CommunityName}'", "Set " + string.Join(", ", changing)))
        {
            return;
        }

        if (ReadOnly is { } readOnly)
        {
            controls.ReadOnly = readOnly;
        }

        if (Latency is { } latency)
        {
            controls.Latency = latency;
        }

        if (ServerErrorRate is { } serverErrorRate)
        {
            controls.ServerErrorRate = serverErrorRate;
        }

        if (ThrottleRate is { } throttleRate)
        {
            controls.ThrottleRate = throttleRate;
        }

        if (PassThru)
        {
            WriteObject(controls);
        }
    }
}

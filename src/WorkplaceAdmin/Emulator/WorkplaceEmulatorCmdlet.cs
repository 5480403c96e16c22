using WorkplaceAdmin.Base;
using WorkplaceAdmin.Connection;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.EmulatorCommands;

/// <summary>A cmdlet that inspects or steers the embedded emulator behind a Connect-Workplace -Emulator connection.</summary>
public abstract class WorkplaceEmulatorCmdlet : WorkplaceCmdlet
{
    private WorkplaceEmulator? _emulator;

    /// <summary>The emulator behind the connection; stops the cmdlet with a clear error when the connection is to a real community.</summary>
    protected WorkplaceEmulator Emulator => _emulator ??= EmbeddedEmulator.Of(WorkplaceConnection) ?? NotAnEmulator();

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _ = Emulator;
    }

    private WorkplaceEmulator NotAnEmulator()
    {
        ThrowSetupError(
            new InvalidOperationException($"The connection to '{WorkplaceConnection.CommunityName}' is not to the embedded emulator. Run Connect-Workplace -Emulator, or pass -Connection with an emulator connection."),
            WorkplaceConnection);
        throw new InvalidOperationException("unreachable: ThrowTerminatingError returned");
    }
}

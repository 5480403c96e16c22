using System.Management.Automation;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Base;

/// <summary>A cmdlet that talks to a community: through -Connection, or else the runspace's current connection.</summary>
public abstract class WorkplaceCmdlet : WorkplaceCmdletBase
{
    private WorkplaceConnection? _resolved;

    /// <summary>The connection to use instead of the current one (from Connect-Workplace -PassThru).</summary>
    [Parameter]
    public WorkplaceConnection? Connection { get; set; }

    /// <summary>The connection in use; stops the cmdlet with a clear error when there is none.</summary>
    protected WorkplaceConnection WorkplaceConnection => _resolved ??= Connection ?? ConnectionStore.Get(SessionState) ?? NotConnected();

    protected WorkplaceClient Client => WorkplaceConnection.Client;

    private WorkplaceGroupResolver? _groups;

    /// <summary>Resolves -Group values (id, URL, exact name, piped group), each distinct value once per invocation.</summary>
    protected WorkplaceGroupResolver Groups => _groups ??= new WorkplaceGroupResolver(Client);

    protected override void BeginProcessing()
    {
        // Resolve up front so that a missing connection fails before any input is read.
        _ = WorkplaceConnection;
        base.BeginProcessing();
    }

    /// <summary>The error of a cmdlet that needs a connection when there is none: it says how to make one.</summary>
    protected static ErrorRecord NotConnectedError() => new(
        new InvalidOperationException("Not connected to Workplace. Run Connect-Workplace -AccessToken (Get-Secret …), or Connect-Workplace -Emulator to try the module, or pass -Connection."),
        "Workplace.NotConnected",
        ErrorCategory.ConnectionError,
        null);

    private WorkplaceConnection NotConnected()
    {
        ThrowTerminatingError(NotConnectedError());
        throw new InvalidOperationException("unreachable: ThrowTerminatingError returned");
    }
}

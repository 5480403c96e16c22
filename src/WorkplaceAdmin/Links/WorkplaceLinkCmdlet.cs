using System.Management.Automation;
using System.Net;
using System.Security;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Connection;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Links;

/// <summary>
/// A cmdlet that manages saved links. Links live in the user's configuration folder and carry their own token, so
/// no connection is needed, except to reach the embedded emulator for links made against it.
/// </summary>
public abstract class WorkplaceLinkCmdlet : WorkplaceCmdletBase
{
    private LinkService? _service;

    /// <summary>The connection whose embedded emulator serves links made against the emulator; links to a real community need none.</summary>
    [Parameter]
    public WorkplaceConnection? Connection { get; set; }

    protected string ConfigFolder => LinkConfigFolder.Resolve();

    protected LinkService Links => _service ??= new LinkService(new FileLinkStore(ConfigFolder));

    /// <summary>Where a saved link's calls go: the service it was made for, or the emulator of the current connection.</summary>
    protected LinkEndpoint EndpointFor(WorkplaceLink link) => LinkSessions.EndpointFor(link, Connection ?? ConnectionStore.Get(SessionState));

    /// <summary>Where a new link is verified: the emulator or the service of the current connection, else the public service.</summary>
    protected LinkEndpoint EndpointForNew()
    {
        var current = Connection ?? ConnectionStore.Get(SessionState);
        if (current is not null && EmbeddedEmulator.Of(current) is { } emulator)
        {
            return LinkSessions.EmulatorEndpoint(emulator);
        }

        return current is null
            ? new LinkEndpoint { Log = CallLogRouter.Log }
            : new LinkEndpoint { GraphUri = current.GraphUri, ScimUri = current.ScimUri, Log = CallLogRouter.Log };
    }

    /// <summary>The store holding a saved link's secrets.</summary>
    protected ILinkSecretStore SecretsOf(WorkplaceLink link) => LinkSessions.SecretStoreOf(link, this, ConfigFolder);

    protected static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;
}

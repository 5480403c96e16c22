using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Connection;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Links;

/// <summary>What every cmdlet that uses a saved link needs (-Link on Connect-Workplace, Send-WorkplaceMessage, …): its definition, secrets and endpoint.</summary>
internal static class LinkSessions
{
    /// <summary>Reads a saved link and its secrets on the pipeline thread (a vault is reached through PowerShell).</summary>
    /// <exception cref="WorkplaceLinkException">Unknown name, missing secret, or an emulator link without an emulator connection.</exception>
    public static (WorkplaceLink Link, LinkSecrets Secrets, LinkEndpoint Endpoint) Open(PSCmdlet cmdlet, string name, WorkplaceConnection? current)
    {
        var folder = LinkConfigFolder.Resolve();
        var link = new LinkService(new FileLinkStore(folder)).Get(name);
        var secrets = LinkService.LoadSecrets(link, SecretStoreOf(link, cmdlet, folder));
        return (link, secrets, EndpointFor(link, current));
    }

    public static LinkEndpoint EndpointFor(WorkplaceLink link, WorkplaceConnection? current)
    {
        if (!link.IsEmulator)
        {
            return LinkEndpoint.ForService(new Uri(link.GraphUri), CallLogRouter.Log);
        }

        var emulator = current is null ? null : EmbeddedEmulator.Of(current);
        return emulator is null
            ? throw new WorkplaceLinkException(LinkErrorIds.CheckFailed,
                $"Link '{link.Name}' was made against the embedded emulator; connect to one first (Connect-Workplace -Emulator), or pass -Connection with an emulator connection.")
            : EmulatorEndpoint(emulator);
    }

    public static LinkEndpoint EmulatorEndpoint(WorkplaceEmulator emulator) => new()
    {
        GraphUri = EmulatorHttpHandler.GraphBaseUri,
        ScimUri = EmulatorHttpHandler.ScimBaseUri,
        Transport = new EmulatorHttpHandler(emulator),
        IsEmulator = true,
        Log = CallLogRouter.Log,
    };

    public static ILinkSecretStore SecretStoreOf(WorkplaceLink link, PSCmdlet cmdlet, string folder) => link.TokenStorage switch
    {
        LinkTokenStorage.Vault => new VaultLinkSecretStore(new PowerShellSecretVault(cmdlet), link.VaultName ?? ""),
        LinkTokenStorage.WindowsDpapi => new DpapiLinkSecretStore(folder),
        _ => new PlainTextLinkSecretStore(folder),
    };

    /// <summary>Connects with a saved link, attached to the emulator when the link was made against one.</summary>
    public static async Task<WorkplaceConnection> ConnectAsync(WorkplaceLink link, LinkSecrets secrets, LinkEndpoint endpoint, WorkplaceLinkKind? kind, WorkplaceConnection? current, CancellationToken ct)
    {
        var connection = await LinkService.ConnectAsync(link, secrets, endpoint, kind, ct).ConfigureAwait(false);
        if (endpoint.IsEmulator && current is not null && EmbeddedEmulator.Of(current) is { } emulator)
        {
            EmbeddedEmulator.Attach(connection, emulator);
        }

        return connection;
    }
}

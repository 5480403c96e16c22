using System.Management.Automation;
using System.Net;
using System.Security;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Completion;
using WorkplaceAdmin.Links;

namespace WorkplaceAdmin.Connection;

/// <summary>Connects to a Workplace community with an integration's access token, or to the embedded emulator.</summary>
[Cmdlet(VerbsCommunications.Connect, "Workplace", DefaultParameterSetName = TokenSet, HelpUri = HelpLinks.DocsBase + "Connect-Workplace.md")]
[OutputType(typeof(WorkplaceConnection))]
public sealed class ConnectWorkplaceCommand : WorkplaceCmdletBase
{
    private const string TokenSet = "AccessToken";
    private const string EmulatorSet = "Emulator";
    private const string LinkSet = "Link";

    /// <summary>The custom integration's access token, as a SecureString (Get-Secret, Read-Host -AsSecureString).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = TokenSet)]
    [ValidateNotNull]
    public SecureString? AccessToken { get; set; }

    /// <summary>The integration's app secret; when given, every call carries appsecret_proof and appsecret_time.</summary>
    [Parameter(ParameterSetName = TokenSet)]
    public SecureString? AppSecret { get; set; }

    [Parameter(ParameterSetName = TokenSet)]
    [ValidateNotNull]
    public Uri? GraphUri { get; set; }

    [Parameter(ParameterSetName = TokenSet)]
    [ValidateNotNull]
    public Uri? ScimUri { get; set; }

    /// <summary>A Graph API version such as v18.0; unversioned calls when omitted.</summary>
    [Parameter(ParameterSetName = TokenSet)]
    [ValidatePattern(@"^v\d+\.\d+$")]
    public string? ApiVersion { get; set; }

    /// <summary>The HTTP proxy to go through; "http://user:password@host:port" authenticates to it.</summary>
    [Parameter(ParameterSetName = TokenSet)]
    [ValidateNotNull]
    public Uri? Proxy { get; set; }

    /// <summary>The account to authenticate to -Proxy with, when it answers 407 (wins over a user in the -Proxy URL).</summary>
    [Parameter(ParameterSetName = TokenSet)]
    [ValidateNotNull]
    [Credential]
    public PSCredential? ProxyCredential { get; set; }

    /// <summary>Connects to a new in-memory emulator of the Workplace APIs instead of a real community.</summary>
    [Parameter(Mandatory = true, ParameterSetName = EmulatorSet)]
    public SwitchParameter Emulator { get; set; }

    /// <summary>The emulator's starting community: demo (the default), generated:PEOPLE,GROUPS, or the path of a seed JSON file.</summary>
    [Parameter(ParameterSetName = EmulatorSet)]
    [ValidateNotNullOrEmpty]
    public string Seed { get; set; } = "demo";

    /// <summary>Which of the emulator's integrations to connect as; the one with every permission when omitted.</summary>
    [Parameter(ParameterSetName = EmulatorSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(EmulatorIntegrationCompleter))]
    public string? Integration { get; set; }

    /// <summary>A saved link (New-WorkplaceLink) whose token to connect with.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LinkSet)]
    [ArgumentCompleter(typeof(LinkNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Link { get; set; }

    /// <summary>Writes the connection, which also becomes the current one.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>
    /// Writes the connection without making it the current one (as PnP.PowerShell's -ReturnConnection): for working
    /// with several communities side by side through -Connection. The current connection stays as it was.
    /// </summary>
    [Parameter]
    public SwitchParameter ReturnConnection { get; set; }

    private EmbeddedEmulator? _emulator;

    protected override void ProcessRecord()
    {
        WorkplaceConnection connection;
        try
        {
            if (ParameterSetName == LinkSet)
            {
                var current = ConnectionStore.Get(SessionState);
                var (link, secrets, endpoint) = LinkSessions.Open(this, Link!, current);
                connection = Await(ct => LinkSessions.ConnectAsync(link, secrets, endpoint, null, current, ct));
            }
            else
            {
                var (options, isEmulator) = ParameterSetName == EmulatorSet ? EmulatorOptions() : TokenOptions();
                connection = Await(ct => WorkplaceConnection.ConnectAsync(options, isEmulator, ct));
            }
        }
        catch (Exception error) when (!IsStopping(error))
        {
            // A failed connect never leaves the previous community in use: a per-tenant loop whose connect fails must
            // not go on against the tenant before it. (-ReturnConnection never touches the current one.)
            if (!ReturnConnection)
            {
                ConnectionStore.Clear();
            }

            ThrowSetupError(error, ParameterSetName switch { EmulatorSet => Seed, LinkSet => Link, _ => GraphUri });
            return;
        }

        _emulator?.Attach(connection);
        if (!ReturnConnection)
        {
            ConnectionStore.Set(SessionState, connection);
        }

        WriteInformation($"Connected to Workplace community '{connection.CommunityName}' ({connection.CommunityId}){(connection.IsEmulator ? " on the emulator" : string.Empty)}{(ReturnConnection ? "; it is not the current connection: pass it with -Connection" : string.Empty)}.", ["Connect-Workplace"]);
        if (PassThru || ReturnConnection)
        {
            WriteObject(connection);
        }
    }

    private (WorkplaceClientOptions Options, bool IsEmulator) TokenOptions()
    {
        var options = new WorkplaceClientOptions
        {
            AccessToken = Reveal(AccessToken!),
            AppSecret = AppSecret is null ? null : Reveal(AppSecret),
            ApiVersion = ApiVersion,
            Proxy = ProxyOptions(),
            Log = CallLogRouter.Log,
        };
        if (GraphUri is not null)
        {
            options.GraphUri = GraphUri;
        }

        if (ScimUri is not null)
        {
            options.ScimUri = ScimUri;
        }

        return (options, false);
    }

    private WebProxy? ProxyOptions()
    {
        if (Proxy is null && ProxyCredential is not null)
        {
            throw new ArgumentException("-ProxyCredential needs -Proxy: give the proxy's URL as well.", nameof(ProxyCredential));
        }

        return Proxy is null ? null : WorkplaceProxy.Create(Proxy, ProxyCredential?.GetNetworkCredential());
    }

    private (WorkplaceClientOptions Options, bool IsEmulator) EmulatorOptions()
    {
        var session = _emulator = EmbeddedEmulator.Start(Seed, Integration);
        return (new WorkplaceClientOptions
        {
            AccessToken = session.AccessToken,
            AppSecret = session.AppSecret,
            GraphUri = session.GraphUri,
            ScimUri = session.ScimUri,
            Transport = session.Handler,
            Log = CallLogRouter.Log,
        }, true);
    }

    private static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;
}

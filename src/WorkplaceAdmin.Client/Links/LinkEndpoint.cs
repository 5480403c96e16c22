namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Where a link's calls go: the Graph and SCIM roots, and for the embedded emulator its in-memory transport. The
/// link's own token is added per call to <see cref="OptionsFor"/>, so one endpoint serves several links.
/// </summary>
public sealed class LinkEndpoint
{
    public Uri GraphUri { get; init; } = WorkplaceClientOptions.DefaultGraphUri;
    public Uri ScimUri { get; init; } = WorkplaceClientOptions.DefaultScimUri;

    /// <summary>A transport the caller owns (the emulator's in-memory handler); null for sockets.</summary>
    public HttpMessageHandler? Transport { get; init; }

    public bool IsEmulator { get; init; }

    /// <summary>Receives one redacted line per HTTP call (-Verbose).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Adjusts the client options (tests: fast retries).</summary>
    public Action<WorkplaceClientOptions>? Configure { get; init; }

    /// <summary>The endpoint of an existing link on the real service.</summary>
    public static LinkEndpoint ForService(Uri graphUri, Action<string>? log = null) => new() { GraphUri = graphUri, Log = log };

    public WorkplaceClientOptions OptionsFor(LinkSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var options = new WorkplaceClientOptions
        {
            AccessToken = secrets.AccessToken,
            AppSecret = secrets.AppSecret,
            GraphUri = GraphUri,
            ScimUri = ScimUri,
            Transport = Transport,
            Log = Log,
        };
        Configure?.Invoke(options);
        return options;
    }
}

namespace WorkplaceAdmin.Client;

/// <summary>
/// A verified connection to one community: the client plus what was learned when connecting. Holds no
/// readable secret: only a masked hint of the token, so printing or serializing it is safe.
/// </summary>
public sealed class WorkplaceConnection : IDisposable
{
    private WorkplaceConnection(WorkplaceClient client, string communityId, string? communityName, bool isEmulator, bool hasAppSecret, string tokenHint, DateTimeOffset connectedAt)
    {
        Client = client;
        CommunityId = communityId;
        CommunityName = communityName;
        IsEmulator = isEmulator;
        HasAppSecret = hasAppSecret;
        TokenHint = tokenHint;
        ConnectedAt = connectedAt;
    }

    public WorkplaceClient Client { get; }
    public string CommunityId { get; }
    public string? CommunityName { get; }
    public Uri GraphUri => Client.GraphUri;
    public Uri ScimUri => Client.ScimUri;
    public bool IsEmulator { get; }
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>"…" + the token's last 4 characters, or "****" for a token shorter than 12 characters.</summary>
    public string TokenHint { get; }

    public bool HasAppSecret { get; }

    /// <summary>
    /// Validates the options (ArgumentException before any request), builds the client and checks the
    /// token with <c>GET /community</c>. On failure the client is disposed and the error propagates.
    /// </summary>
    public static async Task<WorkplaceConnection> ConnectAsync(WorkplaceClientOptions options, bool isEmulator, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var client = new WorkplaceClient(options);
        try
        {
            var community = await client.GetCommunityAsync(ct).ConfigureAwait(false);
            var now = options.Clock?.Invoke() ?? DateTimeOffset.UtcNow;
            return new WorkplaceConnection(client, community.Id, community.Name, isEmulator,
                !string.IsNullOrEmpty(options.AppSecret), TokenMask.Hint(options.AccessToken), now);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public override string ToString() =>
        $"{CommunityName ?? "(unnamed community)"} ({CommunityId}) at {GraphUri}{(IsEmulator ? " [emulator]" : "")}, token {TokenHint}";

    public void Dispose() => Client.Dispose();
}

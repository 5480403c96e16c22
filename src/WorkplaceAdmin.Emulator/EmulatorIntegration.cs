namespace WorkplaceAdmin.Emulator;

/// <summary>
/// A custom integration of the emulated community: an app (id, secret, permissions) plus its bot page.
/// Its <see cref="AccessToken"/> authenticates Graph and SCIM calls; "<c>AppId|AppSecret</c>" is its app token.
/// </summary>
public sealed class EmulatorIntegration
{
    public EmulatorIntegration(string name, string accessToken, string appId, string appSecret, string botPageId,
        IEnumerable<string> permissions, bool requireAppSecretProof)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentException.ThrowIfNullOrEmpty(botPageId);
        Name = name;
        AccessToken = accessToken;
        AppId = appId;
        AppSecret = appSecret;
        BotPageId = botPageId;
        Permissions = permissions.Distinct(StringComparer.Ordinal).ToArray();
        PermissionSet = new HashSet<string>(Permissions, StringComparer.Ordinal);
        RequireAppSecretProof = requireAppSecretProof;
    }

    public string Name { get; }
    public string AccessToken { get; }
    public string AppId { get; }
    public string AppSecret { get; }

    /// <summary>The id of the integration's bot page (what <c>GET /me</c> returns and what authors its posts).</summary>
    public string BotPageId { get; }

    /// <summary>Permission identifiers from <see cref="EmulatorPermissions"/>.</summary>
    public IReadOnlyList<string> Permissions { get; }

    /// <summary>When set, every call with this integration's tokens must carry a valid <c>appsecret_proof</c>.</summary>
    public bool RequireAppSecretProof { get; }

    /// <summary>The app access token "<c>app_id|app_secret</c>".</summary>
    public string AppToken => AppId + "|" + AppSecret;

    internal HashSet<string> PermissionSet { get; }

    public bool Has(string permission) => PermissionSet.Contains(permission);

    public override string ToString() => Name;
}

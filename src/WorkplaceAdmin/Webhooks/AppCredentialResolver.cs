using System.Security;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Webhooks;

/// <summary>
/// The app credential of the subscription cmdlets: -AppId and -AppSecret when given; otherwise the connection's app
/// secret and the app id read once with GET /app. Resolved once per app id, as a piped list may name several.
/// </summary>
internal sealed class AppCredentialResolver
{
    private readonly Dictionary<string, WorkplaceAppCredential> _byAppId = new(StringComparer.Ordinal);
    private WorkplaceAppCredential? _default;

    public WorkplaceAppCredential Resolve(WorkplaceClient client, string? appId, SecureString? appSecret, Func<Func<CancellationToken, Task<WorkplaceAppCredential>>, WorkplaceAppCredential> await)
    {
        var key = appId?.Trim();
        if (key is null && _default is not null)
        {
            return _default;
        }
        if (key is not null && _byAppId.TryGetValue(key, out var known))
        {
            return known;
        }
        var secret = SecureStrings.Reveal(appSecret);
        var credential = await(ct => client.ResolveAppCredentialAsync(key, string.IsNullOrEmpty(secret) ? null : secret, ct));
        _byAppId[credential.AppId] = credential;
        if (key is null)
        {
            _default = credential;
        }
        return credential;
    }
}
